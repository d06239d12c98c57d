import { Paper, Stack, Text, UnstyledButton } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { TemplateProblem } from "../../../../domain/programs/templates";

/** Every problem of the YAML, in text order; choosing one puts the cursor on its line. */
export function ProblemsList({ id, problems, onGoTo }: { id: string; problems: readonly TemplateProblem[]; onGoTo: (problem: TemplateProblem) => void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <Paper withBorder p="xs" bg="red.0">
      <Text size="sm" fw={600} id={`${id}-title`} c="red.9">
        {t("templates.editor.problemsTitle")}
      </Text>
      <Stack component="ul" gap={2} m={0} p={0} style={{ listStyle: "none" }} aria-labelledby={`${id}-title`} id={id}>
        {problems.map((problem, index) => (
          <li key={`${problem.line}:${problem.column}:${index}`}>
            <UnstyledButton
              onClick={() => onGoTo(problem)}
              p={4}
              w="100%"
              style={{ borderRadius: 4 }}
            >
              <Text size="sm" span fw={600}>
                {t("templates.editor.problemAt", { line: problem.line, column: problem.column })}
              </Text>
              <Text size="sm" span>
                {" — "}
                {problem.path && (
                  <Text span ff="monospace" size="sm">
                    {problem.path}
                  </Text>
                )}
                {problem.path ? ": " : ""}
                {problem.message}
              </Text>
            </UnstyledButton>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
