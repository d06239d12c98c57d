import { Select, SimpleGrid, TextInput } from "@mantine/core";
import type { UseFormReturnType } from "@mantine/form";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { ContactEmail, Website } from "../../../../domain/partners/schemas";
import type { PartnerSettings } from "../../../../domain/partners/schemas";
import type { StaffUser } from "../../../../domain/workspaces/schemas";
import { countryName } from "../../../i18n/format";
import { countryCodes } from "./countries";

export interface PartnerFormValues {
  name: string;
  typeId: string | null;
  tierId: string | null;
  country: string | null;
  timeZone: string | null;
  website: string;
  ownerUserId: string | null;
  programId: string | null;
  contactName: string;
  contactEmail: string;
}

/** The rules are the domain's (Website, required fields); the words are the catalogue's. */
export function partnerFormRules(t: TFunction) {
  return {
    name: (value: string) => (value.trim() ? null : t("validation.required")),
    typeId: (value: string | null) => (value ? null : t("validation.chooseOne")),
    timeZone: (value: string | null) => (value ? null : t("validation.chooseOne")),
    website: (value: string) => (!value.trim() || Website.safeParse(value.trim()).success ? null : t("validation.website")),
    contactEmail: (value: string) => (!value.trim() || ContactEmail.safeParse(value).success ? null : t("validation.email")),
  };
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

function timeZones(): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes("UTC") ? zones : ["UTC", ...zones];
}

interface PartnerFormFieldsProps {
  form: UseFormReturnType<PartnerFormValues>;
  settings: PartnerSettings | undefined;
  staff: StaffUser[] | undefined;
  programs: { id: string; name: string }[] | undefined;
}

/** What the form's program and contact fields send: empty means none. */
export function programAndContact(values: PartnerFormValues) {
  return { programId: values.programId, contactName: values.contactName.trim() || null, contactEmail: values.contactEmail.trim() || null };
}

/** The profile fields, shared by "New partner" and the profile's edit form. */
export function PartnerFormFields({ form, settings, staff, programs }: PartnerFormFieldsProps) {
  const { t, i18n } = useTranslation();
  const countries = useMemo(
    () => countryCodes.map((code) => ({ value: code, label: countryName(code) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [i18n.language],
  );
  // A stored zone the browser spells differently (ICU aliases) stays selectable.
  const currentZone = form.values.timeZone;
  const zones = useMemo(() => {
    const list = timeZones();
    if (currentZone && !list.includes(currentZone)) list.unshift(currentZone);
    return list.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }));
  }, [currentZone]);
  const owners = (staff ?? []).filter((user) => user.status === "active" && user.role !== "interviewer");

  return (
    <>
      <TextInput label={t("partners.fields.name")} required maxLength={200} {...form.getInputProps("name")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t("partners.fields.type")}
          required
          data={settings?.types.map((type) => ({ value: type.id, label: type.name })) ?? []}
          placeholder={t("partners.form.chooseType")}
          {...form.getInputProps("typeId")}
        />
        <Select
          label={t("partners.fields.tier")}
          clearable
          data={settings?.tiers.map((tier) => ({ value: tier.id, label: tier.name })) ?? []}
          placeholder={t("partners.form.noTier")}
          {...form.getInputProps("tierId")}
        />
        <Select label={t("partners.fields.country")} searchable clearable data={countries} placeholder={t("partners.form.chooseCountry")} nothingFoundMessage={t("common.nothingFound")} {...form.getInputProps("country")} />
        <Select label={t("partners.fields.timeZone")} required searchable data={zones} nothingFoundMessage={t("common.nothingFound")} {...form.getInputProps("timeZone")} />
      </SimpleGrid>
      <TextInput label={t("partners.fields.website")} type="url" placeholder="https://" {...form.getInputProps("website")} />
      <Select
        label={t("partners.fields.owner")}
        description={t("partners.form.ownerHint")}
        clearable
        searchable
        data={owners.map((user) => ({ value: user.userId, label: user.name }))}
        placeholder={t("partners.noOwner")}
        nothingFoundMessage={t("common.nothingFound")}
        {...form.getInputProps("ownerUserId")}
      />
      <Select
        label={t("partners.fields.program")}
        description={t("partners.form.programHint")}
        clearable
        data={programs?.map((program) => ({ value: program.id, label: program.name })) ?? []}
        placeholder={t("partners.form.noProgram")}
        {...form.getInputProps("programId")}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t("partners.fields.contactName")} maxLength={200} autoComplete="off" {...form.getInputProps("contactName")} />
        <TextInput label={t("partners.fields.contactEmail")} type="email" maxLength={254} autoComplete="off" description={t("partners.form.contactHint")} {...form.getInputProps("contactEmail")} />
      </SimpleGrid>
    </>
  );
}
