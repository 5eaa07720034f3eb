import { Checkbox, Group } from '@mantine/core';
import { ROLES, type Role } from '../../../src-shared/contract';
import { useI18n } from '../../i18n';

export function RoleChecks({ value, onChange }: { value: Role[]; onChange(roles: Role[]): void }) {
  const { t } = useI18n();
  return (
    <Checkbox.Group
      label={t('ui.users.col.roles')}
      value={value}
      onChange={(roles) => onChange(roles as Role[])}
      required
    >
      <Group mt="xs">
        {ROLES.map((role) => (
          <Checkbox key={role} value={role} label={t(`ui.role.${role}`)} />
        ))}
      </Group>
    </Checkbox.Group>
  );
}
