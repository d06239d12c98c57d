import { formAnswersSchema } from "../../../../domain/journeys/completion/form-answers";
import { parseInput, type KindHandler } from "./handler";

/** A form is done when its answers fit the fields the template declares; the answers are kept. */
export const formHandler: KindHandler = {
  complete: async ({ definition, input }) => {
    if (definition.kind !== "form") throw new Error("form handler on another kind");
    const { answers } = parseInput(formAnswersSchema(definition.fields), input, "Some answers do not fit the form. Check the fields named below.");
    return { answers };
  },
};
