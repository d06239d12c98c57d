import { Paper, Stack, Text, Title } from "@mantine/core";
import { IconCircleCheck } from "@tabler/icons-react";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { AnchorLink } from "../../../components/router-links";
import { usePublicForm } from "../api";
import { ApplicationForm } from "./application-form";
import { PlainText, PublicLayout, PublicQueryState } from "./public-layout";

const route = getRouteApi("/w/$ws/apply/$programKey");

/** The public application form of a program (R-B2), signed out. */
export function ApplyPage() {
  const { t } = useTranslation();
  const { ws, programKey } = route.useParams();
  const form = usePublicForm(ws, programKey);
  const [receivedFor, setReceivedFor] = useState<string | null>(null);

  if (!form.data) {
    return (
      <PublicLayout>
        <PublicQueryState error={form.error} onRetry={() => void form.refetch()} />
      </PublicLayout>
    );
  }
  const { workspace, program } = form.data;
  const partneringLink = form.data.partneringPage ? (
    <AnchorLink to="/w/$ws/partnering/$programKey" params={{ ws, programKey }}>
      {receivedFor === null ? t("applications.apply.howItWorks", { workspace: workspace.name }) : t("applications.apply.readAbout", { workspace: workspace.name })}
    </AnchorLink>
  ) : null;

  return (
    <PublicLayout workspaceName={workspace.name}>
      <Paper withBorder p={{ base: "md", sm: "xl" }} radius="md">
        {receivedFor !== null ? (
          <Received workspace={workspace.name} email={receivedFor} link={partneringLink} />
        ) : (
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1} size="h2">
                {t("applications.apply.title", { program: program.name })}
              </Title>
              <Text c="dimmed" size="sm">
                {t("applications.apply.byWorkspace", { workspace: workspace.name })}
              </Text>
            </Stack>
            {form.data.intro && <PlainText>{form.data.intro}</PlainText>}
            {partneringLink && <Text size="sm">{partneringLink}</Text>}
            <ApplicationForm ws={ws} form={form.data} onReceived={setReceivedFor} />
          </Stack>
        )}
      </Paper>
    </PublicLayout>
  );
}

/** The confirmation takes the form's place; its heading takes the focus so a screen reader announces it. */
function Received({ workspace, email, link }: { workspace: string; email: string; link: React.ReactNode }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Stack gap="md" align="flex-start" role="status">
      <IconCircleCheck size={40} color="var(--mantine-color-green-8)" aria-hidden />
      <Title order={1} size="h2" ref={heading} tabIndex={-1}>
        {t("applications.apply.receivedTitle")}
      </Title>
      <Text>{email ? t("applications.apply.received", { email, workspace }) : t("applications.apply.receivedNoEmail", { workspace })}</Text>
      {link}
    </Stack>
  );
}
