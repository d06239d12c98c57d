import { Button, Checkbox, Group, Paper, Radio, Select, Stack, Table, Text } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { importFields, ImportField, matchKeys, MatchKey, type ColumnMapping, type ImportOptions, type ImportPreview } from "../../../domain/imports/schemas";
import { lifecycleStages } from "../../../domain/partners/lifecycle";
import type { PartnerSettings } from "../../../domain/partners/schemas";
import { stageKey } from "../../i18n/labels";

interface MappingStepProps {
  preview: ImportPreview;
  mapping: ColumnMapping;
  options: ImportOptions;
  settings: PartnerSettings | undefined;
  running: boolean;
  ranBefore: boolean;
  onMapping: (mapping: ColumnMapping) => void;
  onOptions: (options: ImportOptions) => void;
  onRun: () => void;
}

const leaveOut = "__leave_out__";

/** Step 2: each column of the file gets a partner field (the suggestion preselected), plus the options of the run. */
export function MappingStep({ preview, mapping, options, settings, running, ranBefore, onMapping, onOptions, onRun }: MappingStepProps) {
  const { t } = useTranslation();
  const fieldData = [{ value: leaveOut, label: t("imports.mapping.leaveOut") }, ...importFields.map((field) => ({ value: field, label: t(`imports.fields.${field}`) }))];
  const setField = (column: number, value: string | null) => {
    const parsed = ImportField.safeParse(value);
    onMapping(mapping.map((current, i) => (i === column ? (parsed.success ? parsed.data : null) : current)));
  };

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Text fw={600} component="h2" size="lg">
          {t("imports.steps.mapping")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("imports.mapping.suggested")}
        </Text>
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="xs" striped>
            <Table.Caption>{t("imports.mapping.caption")}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("imports.mapping.column")}</Table.Th>
                <Table.Th scope="col">{t("imports.mapping.samples")}</Table.Th>
                <Table.Th scope="col">{t("imports.mapping.field")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.headers.map((header, column) => (
                <Table.Tr key={`${column}-${header}`}>
                  <Table.Th scope="row">{header}</Table.Th>
                  <Table.Td>
                    <Text size="sm" c="dimmed" lineClamp={2}>
                      {preview.sampleRows.map((row) => row[column] ?? "").filter((cell) => cell !== "").slice(0, 3).join(" · ")}
                    </Text>
                  </Table.Td>
                  <Table.Td w={220}>
                    <Select aria-label={t("imports.mapping.fieldOf", { column: header })} data={fieldData} value={mapping[column] ?? leaveOut} onChange={(value) => setField(column, value)} allowDeselect={false} size="sm" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <OptionsFields options={options} settings={settings} onOptions={onOptions} />
        <Group>
          <Button onClick={onRun} loading={running} leftSection={<IconPlayerPlay size={16} aria-hidden />}>
            {ranBefore ? t("imports.mapping.rerun") : t("imports.mapping.run")}
          </Button>
          {running && (
            <Text size="sm" c="dimmed" role="status">
              {t("imports.mapping.running")}
            </Text>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

function OptionsFields({ options, settings, onOptions }: { options: ImportOptions; settings: PartnerSettings | undefined; onOptions: (options: ImportOptions) => void }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text fw={600} component="h3" size="md">
        {t("imports.mapping.options")}
      </Text>
      <Group align="flex-start" gap="lg" wrap="wrap">
        <Select
          label={t("imports.mapping.defaultType")}
          data={[{ value: "", label: t("imports.mapping.defaultTypeNone") }, ...(settings?.types.map((type) => ({ value: type.id, label: type.name })) ?? [])]}
          value={options.defaultTypeId ?? ""}
          onChange={(value) => onOptions({ ...options, defaultTypeId: value || null })}
          allowDeselect={false}
          w={280}
        />
        <Select
          label={t("imports.mapping.defaultStage")}
          data={lifecycleStages.map((stage) => ({ value: stage, label: t(stageKey(stage)) }))}
          value={options.defaultStage}
          onChange={(value) => onOptions({ ...options, defaultStage: lifecycleStages.find((stage) => stage === value) ?? options.defaultStage })}
          allowDeselect={false}
          w={280}
        />
      </Group>
      <Checkbox.Group label={t("imports.mapping.matchOn")} description={t("imports.mapping.matchOnHelp")} value={options.matchOn} onChange={(values) => onOptions({ ...options, matchOn: values.flatMap((v) => MatchKey.safeParse(v).data ?? []) })}>
        <Group mt={6}>
          {matchKeys.map((key) => (
            <Checkbox key={key} value={key} label={t(`imports.mapping.keys.${key}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Radio.Group label={t("imports.mapping.whenMatched")} value={options.whenMatched} onChange={(value) => onOptions({ ...options, whenMatched: value === "skip" ? "skip" : "update" })}>
        <Group mt={6}>
          <Radio value="update" label={t("imports.mapping.update")} />
          <Radio value="skip" label={t("imports.mapping.skip")} />
        </Group>
      </Radio.Group>
    </Stack>
  );
}
