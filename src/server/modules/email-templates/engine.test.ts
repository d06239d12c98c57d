import { describe, expect, it } from "vitest";
import { builtInTemplateKeys } from "../../../domain/email-templates/variables";
import { builtInTemplates } from "../../../domain/email-templates/builtins";
import { exampleValues } from "../../../domain/email-templates/variables";
import { checkTemplate, renderTemplate } from "./engine";

describe("checking an editable template", () => {
  it("accepts every built-in as shipped", () => {
    for (const key of builtInTemplateKeys) expect(checkTemplate(key, builtInTemplates[key])).toEqual([]);
  });

  it("names an unknown variable and its line", () => {
    const problems = checkTemplate("welcome", { subject: "Hi", body: "Hello\n\n{{ partner.nmae }}" });
    expect(problems).toEqual([{ path: "body", message: expect.stringContaining('Unknown variable "partner.nmae" on line 3 of the body') }]);
  });

  it("reports a syntax error with its line", () => {
    const problems = checkTemplate("welcome", { subject: "Hi {{ partner.name", body: "a\n{% if partner.name %}" });
    expect(problems.map((p) => p.path)).toEqual(["subject", "body"]);
    expect(problems[0]?.message).toContain("syntax error on line 1");
    expect(problems[1]?.message).toContain("syntax error on line 2");
  });

  it("allows variables the template assigns itself and refuses unknown filters", () => {
    expect(checkTemplate("welcome", { subject: "x", body: "{% assign n = partner.name | upcase %}{{ n }}" })).toEqual([]);
    expect(checkTemplate("welcome", { subject: "x", body: "{{ partner.name | shout }}" })[0]?.message).toContain("syntax error");
  });

  it("cannot read files from the server", () => {
    const problems = checkTemplate("welcome", { subject: "x", body: "{% include '/etc/passwd' %}" });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain("cannot be rendered");
  });
});

describe("rendering", () => {
  it("escapes everything in the HTML part and makes web addresses links", () => {
    const values = { ...exampleValues("welcome"), partner: { name: "<b>Bold</b> & Co", website: "https://x.example/a?b=1&c=2" } };
    const rendered = renderTemplate({ subject: "For {{ partner.name }}", body: "<i>Hi</i> {{ partner.name }}\nSee {{ partner.website }}.\n\nBye" }, values);
    expect(rendered.subject).toBe("For <b>Bold</b> & Co");
    expect(rendered.text).toContain("<i>Hi</i> <b>Bold</b> & Co");
    expect(rendered.html).toContain("<p>&lt;i&gt;Hi&lt;/i&gt; &lt;b&gt;Bold&lt;/b&gt; &amp; Co<br>");
    expect(rendered.html).toContain('See <a href="https://x.example/a?b=1&amp;c=2">https://x.example/a?b=1&amp;c=2</a>.</p>');
    expect(rendered.html).toContain("<p>Bye</p>");
    expect(rendered.html).toContain("on behalf of Acme.");
  });

  it("does not link a script address", () => {
    const rendered = renderTemplate({ subject: "x", body: "{{ partner.website }}" }, { ...exampleValues("welcome"), partner: { name: "a", website: 'javascript:alert(1)//https://x"onmouseover=1' } });
    expect(rendered.html).not.toContain('href="javascript');
    expect(rendered.html).not.toContain('"onmouseover');
  });
});
