// The new-protocol form's fields, section by section as on the lab's paper form:
// the study, the animal, its owner, the clinical question and the sample. The
// sample section changes with the kind of study.

import type { ReactNode } from 'react';
import {
  Checkbox,
  Fieldset,
  Grid,
  Group,
  NumberInput,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useI18n } from '../../i18n';
import type { FieldErrors } from './field-errors';
import type { AnimalSex, ProtocolForm, StudyKind } from './protocol-form';

interface Props {
  form: ProtocolForm;
  onChange(form: ProtocolForm): void;
  errors: FieldErrors;
}

function Section({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <Fieldset legend={legend} radius="md" className="portal-form-section">
      {children}
    </Fieldset>
  );
}

export function ProtocolFields({ form, onChange, errors }: Props) {
  const { t } = useI18n();
  const set = (patch: Partial<ProtocolForm>) => onChange({ ...form, ...patch });
  const animal = (patch: Partial<ProtocolForm['animal']>) =>
    set({ animal: { ...form.animal, ...patch } });
  const owner = (patch: Partial<ProtocolForm['owner']>) =>
    set({ owner: { ...form.owner, ...patch } });
  const histopathology = (patch: Partial<ProtocolForm['histopathology']>) =>
    set({ histopathology: { ...form.histopathology, ...patch } });
  const cytology = (patch: Partial<ProtocolForm['cytology']>) =>
    set({ cytology: { ...form.cytology, ...patch } });
  const count = (value: string | number) => (typeof value === 'number' ? value : '');

  return (
    <Stack gap="md">
      <Section legend={t('ui.portal.form.study')}>
        <Stack gap={6}>
          <Text size="sm" fw={500} id="study-kind-label">
            {t('ui.portal.form.kind')}
          </Text>
          <SegmentedControl
            aria-labelledby="study-kind-label"
            fullWidth
            value={form.kind}
            onChange={(value) => set({ kind: value as StudyKind })}
            data={(['histopathology', 'cytology'] as const).map((value) => ({
              value,
              label: t(`kind.${value}`),
            }))}
          />
          <Text size="xs" c="dimmed">
            {t(`ui.portal.form.kindHelp.${form.kind}`)}
          </Text>
        </Stack>
      </Section>

      <Section legend={t('ui.protocol.animal')}>
        <Grid gutter="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('ui.portal.field.species')}
              placeholder={t('ui.portal.field.speciesPlaceholder')}
              required
              value={form.animal.species}
              error={errors['animal.species']}
              onChange={(e) => animal({ species: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('ui.portal.field.breed')}
              value={form.animal.breed}
              error={errors['animal.breed']}
              onChange={(e) => animal({ breed: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <Radio.Group
              label={t('ui.portal.field.sex')}
              value={form.animal.sex}
              error={errors['animal.sex']}
              onChange={(value) => animal({ sex: value as AnimalSex })}
            >
              <Group gap="md" mt={6}>
                {(['male', 'female', 'unknown'] as const).map((value) => (
                  <Radio key={value} value={value} label={t(`sex.${value}`)} />
                ))}
              </Group>
            </Radio.Group>
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('ui.portal.field.age')}
              placeholder={t('ui.portal.field.agePlaceholder')}
              value={form.animal.age}
              error={errors['animal.age']}
              onChange={(e) => animal({ age: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={12}>
            <TextInput
              label={t('ui.portal.field.identification')}
              description={t('ui.portal.field.identificationHelp')}
              value={form.animal.identification}
              error={errors['animal.identification']}
              onChange={(e) => animal({ identification: e.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
      </Section>

      <Section legend={t('ui.protocol.owner')}>
        <Grid gutter="sm">
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('ui.portal.field.ownerLastName')}
              value={form.owner.lastName}
              error={errors['owner.lastName']}
              onChange={(e) => owner({ lastName: e.currentTarget.value })}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6 }}>
            <TextInput
              label={t('ui.portal.field.ownerFirstName')}
              value={form.owner.firstName}
              error={errors['owner.firstName']}
              onChange={(e) => owner({ firstName: e.currentTarget.value })}
            />
          </Grid.Col>
        </Grid>
      </Section>

      <Section legend={t('ui.portal.form.clinical')}>
        <Stack gap="sm">
          <TextInput
            label={t('ui.protocol.presumptiveDiagnosis')}
            required
            value={form.presumptiveDiagnosis}
            error={errors.presumptiveDiagnosis}
            onChange={(e) => set({ presumptiveDiagnosis: e.currentTarget.value })}
          />
          <Textarea
            label={t('ui.protocol.clinicalHistory')}
            autosize
            minRows={3}
            maxRows={12}
            value={form.clinicalHistory}
            error={errors.clinicalHistory}
            onChange={(e) => set({ clinicalHistory: e.currentTarget.value })}
          />
          <Grid gutter="sm" align="flex-end">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                type="date"
                label={t('ui.protocol.submitted')}
                description={t('ui.portal.field.submissionDateHelp')}
                value={form.submissionDate}
                error={errors.submissionDate}
                onChange={(e) => set({ submissionDate: e.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <Checkbox
                label={t('ui.portal.field.academicInterest')}
                checked={form.academicInterest}
                error={errors.academicInterest}
                onChange={(e) => set({ academicInterest: e.currentTarget.checked })}
              />
            </Grid.Col>
          </Grid>
        </Stack>
      </Section>

      <Section legend={t('ui.portal.form.sample')}>
        {form.kind === 'histopathology' ? (
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 8 }}>
              <Textarea
                label={t('ui.portal.field.material')}
                placeholder={t('ui.portal.field.materialPlaceholder')}
                required
                autosize
                minRows={2}
                value={form.histopathology.material}
                error={errors['sample.material']}
                onChange={(e) => histopathology({ material: e.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                label={t('ui.portal.field.containers')}
                required
                min={1}
                max={99}
                allowDecimal={false}
                allowNegative={false}
                value={form.histopathology.containers}
                error={errors['sample.containers']}
                onChange={(value) => histopathology({ containers: count(value) })}
              />
            </Grid.Col>
          </Grid>
        ) : (
          <Grid gutter="sm">
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('ui.portal.field.technique')}
                placeholder={t('ui.portal.field.techniquePlaceholder')}
                required
                value={form.cytology.technique}
                error={errors['sample.technique']}
                onChange={(e) => cytology({ technique: e.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <TextInput
                label={t('ui.portal.field.site')}
                required
                value={form.cytology.site}
                error={errors['sample.site']}
                onChange={(e) => cytology({ site: e.currentTarget.value })}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 4 }}>
              <NumberInput
                label={t('ui.portal.field.slides')}
                required
                min={1}
                max={999}
                allowDecimal={false}
                allowNegative={false}
                value={form.cytology.slides}
                error={errors['sample.slides']}
                onChange={(value) => cytology({ slides: count(value) })}
              />
            </Grid.Col>
          </Grid>
        )}
      </Section>
    </Stack>
  );
}
