import { Anchor, Button, Group, Stack, Text, Textarea } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EarlyWin } from "../../../domain/alignment/contracts";
import { notifySuccess } from "../../components/notify";
import { Details } from "../alignment/details";
import { caseStudyUrl, useUpdateCaseStudy } from "./api";
import { FailureAlert } from "./failure-alert";

/** The case study drafted at completion: both leads refine the Markdown here and download it. */
export function CaseStudyEditor({ ws, partnerId, win, canEdit }: { ws: string; partnerId: string; win: EarlyWin; canEdit: boolean }) {
  const { t } = useTranslation();
  const save = useUpdateCaseStudy(ws, partnerId);
  const [text, setText] = useState(win.caseStudy);
  useEffect(() => setText(win.caseStudy), [win.version]);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    save.mutate({ id: win.id, version: win.version, caseStudy: text }, { onSuccess: () => notifySuccess(t("earlyWins.caseStudy.saved")) });
  };
  return (
    <Stack gap="xs" mt="sm">
      <Details summary={t("earlyWins.caseStudy.title")}>
        {canEdit ? (
          <form onSubmit={submit} noValidate>
            <Stack gap="xs">
              <FailureAlert ws={ws} partnerId={partnerId} error={save.error} onReloaded={() => save.reset()} />
              <Textarea label={t("earlyWins.caseStudy.label")} description={t("earlyWins.caseStudy.hint")} autosize minRows={8} maxRows={24} value={text} onChange={(e) => setText(e.currentTarget.value)} styles={{ input: { fontFamily: "monospace" } }} />
              <Group>
                <Button type="submit" size="xs" loading={save.isPending} disabled={text === win.caseStudy}>
                  {t("earlyWins.caseStudy.save")}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {win.caseStudy}
          </Text>
        )}
      </Details>
      {win.caseStudy.trim() !== "" && (
        <Anchor href={caseStudyUrl(ws, partnerId, win.id)} download size="sm">
          <Group gap={4} component="span">
            <IconDownload size={14} aria-hidden />
            {t("earlyWins.caseStudy.download")}
          </Group>
        </Anchor>
      )}
    </Stack>
  );
}
