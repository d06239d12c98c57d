import { Alert, Button, Checkbox, Group, Radio, SimpleGrid, Stack, Text, Textarea } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Partner } from "../../../domain/partners/schemas";
import { problemMessage } from "../../api/problems";
import { AppModal } from "../../components/app-modal";
import { notifySuccess } from "../../components/notify";
import { useDecide } from "./api";

interface DecideDialogProps {
  ws: string;
  partner: Partner;
  pendingCount: number;
  opened: boolean;
  onClose: () => void;
}

/** Yes or no with the reason the candidate will read; sent with the workspace's decision template. */
export function DecideDialog({ ws, partner, pendingCount, opened, onClose }: DecideDialogProps) {
  const { t } = useTranslation();
  const decide = useDecide(ws, partner.id);
  const hasContact = partner.contactEmail !== null;
  const [outcome, setOutcome] = useState<"yes" | "no" | null>(null);
  const [reason, setReason] = useState("");
  const [sendEmail, setSendEmail] = useState(hasContact);
  const [touched, setTouched] = useState(false);
  const reasonMissing = reason.trim() === "";

  const close = () => {
    decide.reset();
    setOutcome(null);
    setReason("");
    setTouched(false);
    onClose();
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!outcome || reasonMissing) return;
    decide.mutate(
      { outcome, reason: reason.trim(), sendEmail: sendEmail && hasContact },
      {
        onSuccess: (decision) => {
          notifySuccess(t(decision.emailTemplateKey ? "interviews.decide.doneSent" : "interviews.decide.done"));
          close();
        },
      },
    );
  };

  return (
    <AppModal opened={opened} onClose={close} title={t("interviews.decide.title", { name: partner.name })} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {decide.error !== null && (
            <Alert color="red" role="alert">
              {problemMessage(decide.error, t)}
            </Alert>
          )}
          {pendingCount > 0 && <Alert color="orange">{t("interviews.decide.pendingWarning")}</Alert>}
          <Radio.Group label={t("interviews.decide.outcome")} value={outcome} onChange={(value) => setOutcome(value === "yes" || value === "no" ? value : null)} required error={touched && !outcome ? t("validation.chooseOne") : undefined}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs" spacing="xs">
              {(["yes", "no"] as const).map((value) => (
                <Radio.Card key={value} value={value} p="sm" radius="md" withBorder>
                  <Group wrap="nowrap" gap="sm">
                    <Radio.Indicator />
                    <Text fw={600} size="sm">
                      {t(`interviews.decide.${value}`)}
                    </Text>
                  </Group>
                </Radio.Card>
              ))}
            </SimpleGrid>
          </Radio.Group>
          <Textarea
            label={t("interviews.decide.reason")}
            description={t("interviews.decide.reasonHint")}
            required
            autosize
            minRows={3}
            maxLength={4000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={touched && reasonMissing ? t("validation.required") : undefined}
          />
          {hasContact ? (
            <Checkbox label={t("interviews.decide.sendEmail")} checked={sendEmail} onChange={(event) => setSendEmail(event.currentTarget.checked)} />
          ) : (
            <Text size="sm" c="dimmed">
              {t("interviews.decide.noContact")}
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" loading={decide.isPending}>
              {t("interviews.decide.submit")}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
