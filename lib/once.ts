/**
 * What `build` returns, built on the first call and kept. For the zod schemas that others take apart
 * (`.shape`, `.omit`): a worker that starts builds none of them until a message needs one.
 */
export function once<T>(build: () => T): () => T {
  let built: { readonly value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}
