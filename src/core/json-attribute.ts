import type { ComplexAttributeConverter } from 'lit';

/**
 * What a JSON converter returns when the value cannot be used. It never reaches element code:
 * `CoElement` spots it before rendering, reports the problem and restores the previous value.
 */
export class InvalidAttribute {
  constructor(
    readonly raw: string,
    readonly detail: string,
  ) {}
}

/**
 * A converter for a JSON-shaped setting (`groups`, `options`, `columns` …) that reads the same
 * things whether the page writes an attribute or a framework sets the property: JSON text, or
 * the parsed value itself (a list of strings, a list of objects, an object). React and Vue set
 * properties, not attributes, so both paths must check alike.
 */
export interface JsonConverter<T> extends ComplexAttributeConverter<T> {
  /**
   * Checks a value set through the property: JSON text is read as the attribute would be,
   * anything else goes through the same `parse`. A value this converter already produced is
   * returned as it is, so nothing is checked twice.
   */
  fromValue(value: unknown): T | InvalidAttribute | undefined;
}

/** Values a JSON converter produced or an element chose as its default: already checked. */
const checked = new WeakSet<object>();

/**
 * Marks an element's default as already checked, for a default its own `parse` refuses (no
 * options yet, say). The element shows what it does with it; the page cannot set it.
 */
export function checkedDefault<T extends object>(value: T): T {
  checked.add(value);
  return value;
}

function remember<T>(value: T): T {
  if (typeof value === 'object' && value !== null) checked.add(value);
  return value;
}

/** How a value the page gave is shown back to it in a problem: short, and never a crash. */
function describeValue(value: unknown): string {
  if (typeof value === 'function') return 'a function';
  try {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 200 ? `${text.slice(0, 200)}…` : text;
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/**
 * A converter for a JSON-shaped attribute and property. `parse` checks and normalises the
 * parsed value and throws an `Error` whose message says what is wrong.
 */
export function jsonAttribute<T>(parse: (value: unknown) => T): JsonConverter<T> {
  const check = (value: unknown, raw: string): T | InvalidAttribute => {
    try {
      return remember(parse(value));
    } catch (error) {
      return new InvalidAttribute(raw, (error as Error).message);
    }
  };
  const fromText = (raw: string): T | InvalidAttribute => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      return new InvalidAttribute(raw, `not valid JSON: ${(error as Error).message}`);
    }
    return check(value, raw);
  };
  return {
    fromAttribute(raw: string | null): T {
      if (raw === null) return undefined as T;
      return fromText(raw) as T;
    },
    toAttribute(value: T): string {
      return JSON.stringify(value);
    },
    fromValue(value: unknown): T | InvalidAttribute | undefined {
      if (value === undefined || value === null || value instanceof InvalidAttribute) {
        return value ?? undefined;
      }
      if (typeof value === 'object' && checked.has(value)) return value as T;
      if (typeof value === 'string') return fromText(value);
      if (typeof value !== 'object' && typeof value !== 'number') {
        return new InvalidAttribute(describeValue(value), `a ${typeof value} cannot be used here`);
      }
      return check(value, describeValue(value));
    },
  };
}

/** The `fromValue` of a property's converter, when it is a JSON converter. */
export function valueConverter(converter: unknown): ((value: unknown) => unknown) | undefined {
  const fromValue = (converter as Partial<JsonConverter<unknown>> | undefined)?.fromValue;
  return typeof fromValue === 'function' ? fromValue : undefined;
}
