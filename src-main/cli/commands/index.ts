import type { ParseArgsConfig } from 'node:util';
import { initCommand, userAddCommand, userSetLicenseCommand } from './init';
import { protocolShowCommand, protocolSubmitCommand } from './protocol';
import { receiveCommand, rejectCommand } from './reception';
import { auditVerifyCommand } from './audit';
import { mailFlushCommand } from './mail';
import { serveCommand } from './serve';
import { syncCommand, syncEnrollCommand } from './sync';
import {
  cassetteAddCommand,
  cassetteVoidCommand,
  slideAddCommand,
  slideRedoCommand,
  slideSetCommand,
  stageRecordCommand,
} from './processing';
import {
  serverCommand,
  serverDevicesCommand,
  serverEnrollCodeCommand,
  serverRevokeCommand,
} from './server';
import { doctorCommand } from './doctor';
import {
  reportAmendCommand,
  reportDraftCommand,
  reportPdfCommand,
  reportSignCommand,
} from './report';

export interface Command {
  summary: string;
  usage: string;
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run(
    values: Record<string, string | boolean | undefined>,
    positionals: string[],
  ): Promise<number | void>;
}

export const commands: Record<string, Command> = {
  init: initCommand,
  'user add': userAddCommand,
  'user set-license': userSetLicenseCommand,
  'protocol submit': protocolSubmitCommand,
  'protocol show': protocolShowCommand,
  'reception receive': receiveCommand,
  'reception reject': rejectCommand,
  'cassette add': cassetteAddCommand,
  'cassette void': cassetteVoidCommand,
  'slide add': slideAddCommand,
  'slide set': slideSetCommand,
  'slide redo': slideRedoCommand,
  'stage record': stageRecordCommand,
  'report draft': reportDraftCommand,
  'report sign': reportSignCommand,
  'report amend': reportAmendCommand,
  'report pdf': reportPdfCommand,
  'audit verify': auditVerifyCommand,
  'mail flush': mailFlushCommand,
  serve: serveCommand,
  sync: syncCommand,
  'sync enroll': syncEnrollCommand,
  server: serverCommand,
  'server enroll-code': serverEnrollCodeCommand,
  'server devices': serverDevicesCommand,
  'server revoke': serverRevokeCommand,
  doctor: doctorCommand,
};
