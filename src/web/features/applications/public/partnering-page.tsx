import { Alert, List, Paper, Stack, Table, Text, Title } from "@mantine/core";
import { getRouteApi } from "@tanstack/react-router";
import { useTranslation } from "react-i18next";
import type { PublicPartneringPage } from "../../../../domain/applications/views";
import { ButtonLink } from "../../../components/router-links";
import { usePublicPartneringPage } from "../api";
import { PlainText, PublicLayout, PublicQueryState } from "./public-layout";

const route = getRouteApi("/w/$ws/partnering/$programKey");

/** "How partnering with us works" (R-B7): the program's process, timeline, expectations and culture, signed out. */
export function PartneringPage() {
  const { t } = useTranslation();
  const { ws, programKey } = route.useParams();
  const page = usePublicPartneringPage(ws, programKey);

  if (!page.data) {
    return (
      <PublicLayout>
        <PublicQueryState error={page.error} onRetry={() => void page.refetch()} />
      </PublicLayout>
    );
  }
  const { workspace, program, content, formOpen } = page.data;
  const apply = formOpen ? (
    <ButtonLink to="/w/$ws/apply/$programKey" params={{ ws, programKey }} size="md">
      {t("applications.partnering.apply", { program: program.name })}
    </ButtonLink>
  ) : (
    <Alert color="gray">{t("applications.partnering.formClosed")}</Alert>
  );

  return (
    <PublicLayout workspaceName={workspace.name}>
      <Stack gap="xl">
        <Stack gap="sm">
          <Title order={1}>{content.headline || t("applications.partnering.title", { workspace: workspace.name })}</Title>
          <Text c="dimmed">{program.name}</Text>
          {content.intro && <PlainText>{content.intro}</PlainText>}
        </Stack>
        <Sections content={content} />
        <Paper withBorder p="lg" radius="md">
          {apply}
        </Paper>
      </Stack>
    </PublicLayout>
  );
}

function Sections({ content }: { content: PublicPartneringPage["content"] }) {
  const { t } = useTranslation();
  return (
    <>
      {content.process.length > 0 && (
        <Section id="process" title={t("applications.partnering.process")}>
          <List type="ordered" spacing="md">
            {content.process.map((step, index) => (
              <List.Item key={index}>
                <Text fw={600}>{step.title}</Text>
                {step.text && <PlainText size="sm">{step.text}</PlainText>}
              </List.Item>
            ))}
          </List>
        </Section>
      )}
      {content.timeline.length > 0 && (
        <Section id="timeline" title={t("applications.partnering.timeline")}>
          <Table withTableBorder verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t("applications.partnering.stage")}</Table.Th>
                <Table.Th scope="col">{t("applications.partnering.duration")}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.timeline.map((entry, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{entry.label}</Table.Td>
                  <Table.Td>{entry.duration}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      )}
      {content.expectations.length > 0 && (
        <Section id="expectations" title={t("applications.partnering.expectations")}>
          <List spacing="xs">
            {content.expectations.map((expectation, index) => (
              <List.Item key={index}>{expectation}</List.Item>
            ))}
          </List>
        </Section>
      )}
      {content.culture.length > 0 && (
        <Section id="culture" title={t("applications.partnering.culture")}>
          <Stack gap="md">
            {content.culture.map((document, index) => (
              <article key={index} aria-labelledby={`culture-${index}`}>
                <Text size="xs" tt="uppercase" c="dimmed" fw={600}>
                  {t(`applications.partnering.cultureKinds.${document.kind}`)}
                </Text>
                <Title order={3} size="h4" id={`culture-${index}`}>
                  {document.title}
                </Title>
                <PlainText size="sm">{document.text}</PlainText>
              </article>
            ))}
          </Stack>
        </Section>
      )}
    </>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={`section-${id}`}>
      <Title order={2} size="h3" mb="md" id={`section-${id}`}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
