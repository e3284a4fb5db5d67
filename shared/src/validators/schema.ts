import * as v from "valibot";

/**
 * A valibot schema from one of the validators: a string that `validate` accepts, output
 * normalised as the validator returns it; an issue's message is the validator's stable code.
 */
export function validatorSchema<C extends string>(
  formatCode: C,
  validate: (input: string) => { ok: true; value: string } | { ok: false; code: C },
) {
  return v.pipe(
    v.string(formatCode),
    v.rawTransform<string, string>(({ dataset, addIssue, NEVER }) => {
      const result = validate(dataset.value);
      if (!result.ok) {
        addIssue({ message: result.code });
        return NEVER;
      }
      return result.value;
    }),
  );
}
