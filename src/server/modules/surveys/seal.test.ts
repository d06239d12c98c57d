import { describe, expect, it } from "vitest";
import { openAnswers, sealAnswers } from "./seal";

const config = { authSecret: "a-test-secret-of-at-least-thirty-two-chars" };
const surveyId = "0b8f0a52-1a0e-4f57-9a53-3f0f7c6c2a10";

describe("sealing a waiting bundle of answers", () => {
  it("opens again with the same secret and survey", () => {
    const answers = [
      { questionKey: "trust", value: 7 },
      { questionKey: "channel", value: "Video calls" },
    ];
    expect(openAnswers(config, surveyId, sealAnswers(config, surveyId, answers)).answers).toEqual(answers);
  });

  it("gives every bundle the same size, whatever was answered, and a different ciphertext each time", () => {
    const short = sealAnswers(config, surveyId, [{ questionKey: "channel", value: "Chat" }]);
    const long = sealAnswers(config, surveyId, [{ questionKey: "channel", value: "A much longer option that someone picked" }]);
    expect(short.length).toBe(long.length);
    const again = sealAnswers(config, surveyId, [{ questionKey: "channel", value: "Chat" }]);
    expect(again.equals(short)).toBe(false);
  });

  it("does not open under another secret, for another survey, or once tampered with", () => {
    const sealed = sealAnswers(config, surveyId, [{ questionKey: "trust", value: 3 }]);
    expect(() => openAnswers({ authSecret: "another-secret-of-at-least-thirty-two-chars" }, surveyId, sealed)).toThrow();
    expect(() => openAnswers(config, "5c1d5f7e-4a4b-4d0f-8f51-2b8b0c6f9e11", sealed)).toThrow();
    const tampered = Buffer.from(sealed);
    tampered[40] = (tampered[40] ?? 0) ^ 1;
    expect(() => openAnswers(config, surveyId, tampered)).toThrow();
  });
});
