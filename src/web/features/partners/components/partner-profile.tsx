import { Anchor, DataList, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { Partner } from "../../../../domain/partners/schemas";
import { countryName, formatDate } from "../../../i18n/format";

/** The profile, read-only: on the partner page and in the portal. */
export function PartnerProfile({ partner, showOwner = true }: { partner: Partner; showOwner?: boolean }) {
  const { t } = useTranslation();
  const none = <Text c="dimmed" size="sm" span>{t("common.notSet")}</Text>;
  return (
    <DataList labelWidth={140} size="sm">
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.type")}</DataList.ItemLabel>
        <DataList.ItemValue>{partner.type.name}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.tier")}</DataList.ItemLabel>
        <DataList.ItemValue>{partner.tier?.name ?? none}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.country")}</DataList.ItemLabel>
        <DataList.ItemValue>{partner.country ? countryName(partner.country) : none}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.timeZone")}</DataList.ItemLabel>
        <DataList.ItemValue>{partner.timeZone.replaceAll("_", " ")}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.website")}</DataList.ItemLabel>
        <DataList.ItemValue>
          {partner.website ? (
            <Anchor href={partner.website} target="_blank" rel="noopener noreferrer" size="sm">
              {partner.website.replace(/^https?:\/\//, "")}
            </Anchor>
          ) : (
            none
          )}
        </DataList.ItemValue>
      </DataList.Item>
      {showOwner && (
        <DataList.Item>
          <DataList.ItemLabel>{t("partners.fields.owner")}</DataList.ItemLabel>
          <DataList.ItemValue>{partner.owner?.name ?? none}</DataList.ItemValue>
        </DataList.Item>
      )}
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.program")}</DataList.ItemLabel>
        <DataList.ItemValue>{partner.program?.name ?? none}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.contactName")}</DataList.ItemLabel>
        <DataList.ItemValue>{partner.contactName ?? none}</DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.contactEmail")}</DataList.ItemLabel>
        <DataList.ItemValue>
          {partner.contactEmail ? (
            <Anchor href={`mailto:${partner.contactEmail}`} size="sm">
              {partner.contactEmail}
            </Anchor>
          ) : (
            none
          )}
        </DataList.ItemValue>
      </DataList.Item>
      <DataList.Item>
        <DataList.ItemLabel>{t("partners.fields.created")}</DataList.ItemLabel>
        <DataList.ItemValue>{formatDate(partner.createdAt)}</DataList.ItemValue>
      </DataList.Item>
    </DataList>
  );
}
