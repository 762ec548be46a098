// class-transformer @Transform functions for query strings and HTML forms, which send every value as
// a string and an empty field as ''. An empty value means "no filter".

type Input = { value: unknown };

/** A comma-separated or repeated parameter as a list; undefined when it names nothing. */
export const toList = ({ value }: Input) => {
  if (value === undefined) return undefined;
  const list = (Array.isArray(value) ? value : String(value).split(',')).map((v) => String(v).trim()).filter(Boolean);
  return list.length ? list : undefined;
};

/** 'true' / 'on' (a checked box) / true, and 'false' / false; anything else is left for the validator. */
export const toBoolean = ({ value }: Input) =>
  value === 'true' || value === 'on' || value === true ? true : value === 'false' || value === false ? false : value === '' ? undefined : value;
