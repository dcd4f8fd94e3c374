// Module hooks that print every module URL the process resolves, one per line on stderr.
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  process.stderr.write(`LOADED ${result.url}\n`);
  return result;
}
