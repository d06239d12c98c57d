import { Code, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { commonVariables } from "../../../domain/email-templates/variables";
import { variableLabel } from "./variable-label";

interface VariablesPanelProps {
  variables: readonly { name: string; example: string }[];
}

/** The catalogue beside the editor: what each variable holds, and an example of it. */
export function VariablesPanel({ variables }: VariablesPanelProps) {
  const { t } = useTranslation();
  const isCommon = (name: string) => commonVariables.some((variable) => variable.name === name);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="email-variables-title">
      <Title order={2} size="h4" id="email-variables-title">
        {t("emailTemplates.variables.title")}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t("emailTemplates.variables.hint")}
      </Text>
      <Stack gap="sm" component="dl" m={0}>
        {variables.map((variable) => (
          <div key={variable.name}>
            <Text component="dt" size="sm">
              <Code>{`{{ ${variable.name} }}`}</Code>
            </Text>
            <Text component="dd" size="sm" m={0}>
              {variableLabel(t, variable.name)}
              {!isCommon(variable.name) && (
                <Text span size="xs" display="block">
                  {t("emailTemplates.variables.extraHint")}
                </Text>
              )}
              <Text span size="xs" c="dimmed" display="block">
                {t("emailTemplates.variables.example", { example: variable.example })}
              </Text>
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
