import type { ComplexAttributeConverter } from 'lit';

/**
 * What a JSON attribute converter returns when the attribute cannot be used. It never reaches
 * element code: `CoElement` spots it before rendering, reports the problem and restores the
 * previous value.
 */
export class InvalidAttribute {
  constructor(
    readonly raw: string,
    readonly detail: string,
  ) {}
}

/**
 * An attribute converter for complex values (`groups`, `options`, `columns`): JSON in HTML,
 * objects through the property. `parse` checks and normalises the parsed value and throws an
 * `Error` whose message says what is wrong.
 */
export function jsonAttribute<T>(parse: (value: unknown) => T): ComplexAttributeConverter<T> {
  return {
    fromAttribute(raw: string | null): T {
      if (raw === null) return undefined as T;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        return new InvalidAttribute(raw, `not valid JSON: ${(error as Error).message}`) as T;
      }
      try {
        return parse(value);
      } catch (error) {
        return new InvalidAttribute(raw, (error as Error).message) as T;
      }
    },
    toAttribute(value: T): string {
      return JSON.stringify(value);
    },
  };
}
