/**
 * Recognises, by qualified name, the library calls whose results carry a provenance:
 * secret managers, file reads, network responses, stdin, sanitizers; and the objects of
 * issue-tracker, chat and mail APIs: clients built from their SDKs and the parameters of the
 * handlers a bot registers (by decorator, or annotated with the SDK's type).
 */
import type { Node } from "web-tree-sitter";
import { thirdPartyObject, thirdPartyText } from "../../model/third-party.js";
import type { Provenance, RValue, ThirdPartyChannel, ThirdPartyProvenance } from "../../model/value.js";

const SECRET_MANAGER_METHODS = new Set(["read_secret_version", "get_secret_value", "access_secret_version", "get_secret"]);
const NETWORK_MODULES = ["requests", "httpx", "urllib.request", "urllib3", "aiohttp"];
const FILE_OPENERS = new Set(["open", "io.open", "codecs.open"]);
const FILE_READ_METHODS = new Set(["read_text", "read_bytes"]);
const STDIN_NAMES = new Set(["input", "sys.stdin", "fileinput.input"]);
const WEB_FRAMEWORKS = new Set(["fastapi", "starlette", "flask", "quart", "werkzeug", "aiohttp", "sanic", "litestar", "django"]);

type ThirdPartyKind = readonly [ThirdPartyChannel, string];

/** SDK constructors and parsers whose results are objects third parties write into (followed in third-party.ts). */
const THIRD_PARTY_ENTRIES: Readonly<Record<string, ThirdPartyKind>> = {
  "github.Github": ["github", "client"],
  "github.MainClass.Github": ["github", "client"],
  "gitlab.Gitlab": ["gitlab", "client"],
  "gitlab.client.Gitlab": ["gitlab", "client"],
  "gitlab.Gitlab.from_config": ["gitlab", "client"],
  "email.message_from_string": ["email", "email"],
  "email.message_from_bytes": ["email", "email"],
  "email.message_from_file": ["email", "email"],
  "email.message_from_binary_file": ["email", "email"],
  "email.parser.Parser": ["email", "email"],
  "email.parser.BytesParser": ["email", "email"],
  "mailparser.parse_from_bytes": ["email", "email"],
  "mailparser.parse_from_string": ["email", "email"],
  "mailparser.parse_from_file": ["email", "email"],
  "mailparser.parse_from_file_obj": ["email", "email"],
  "imaplib.IMAP4": ["email", "email"],
  "imaplib.IMAP4_SSL": ["email", "email"],
  "slack_bolt.App": ["slack", "app"],
  "slack_bolt.AsyncApp": ["slack", "app"],
  "slack_bolt.async_app.AsyncApp": ["slack", "app"],
  "discord.Client": ["discord", "client"],
  "discord.Bot": ["discord", "bot"],
  "discord.ext.commands.Bot": ["discord", "bot"],
  "telebot.TeleBot": ["telegram", "bot"],
  "telebot.async_telebot.AsyncTeleBot": ["telegram", "bot"],
};

/** Types a handler's parameter may be annotated with. */
const THIRD_PARTY_TYPES: Readonly<Record<string, ThirdPartyKind>> = {
  "telegram.Update": ["telegram", "update"],
  "telegram.Message": ["telegram", "message"],
  "aiogram.types.Message": ["telegram", "message"],
  "discord.Message": ["discord", "message"],
  "github.Issue.Issue": ["github", "issue"],
  "github.PullRequest.PullRequest": ["github", "pull request"],
  "github.IssueComment.IssueComment": ["github", "comment"],
};

/** Slack bolt passes handler arguments by name. */
const SLACK_ARGUMENTS: Readonly<Record<string, string>> = { message: "message", event: "message", payload: "message", command: "command", body: "handler arguments" };
const SLACK_LISTENERS = new Set(["message", "event", "command"]);
const TELEBOT_LISTENERS = new Set(["message_handler", "edited_message_handler", "channel_post_handler"]);
const DISCORD_MESSAGE_EVENTS = new Set(["on_message", "on_message_edit"]);

/** Provenance of a call by its qualified callee name, or of a method by its name. */
export function callProvenance(qualified: string | undefined, methodName: string | undefined): Provenance | undefined {
  const thirdParty = qualified ? THIRD_PARTY_ENTRIES[qualified] : undefined;
  if (thirdParty && qualified) return thirdPartyObject(thirdParty[0], thirdParty[1], qualified);
  if (methodName && SECRET_MANAGER_METHODS.has(methodName)) return { kind: "secret-manager", api: methodName };
  if (methodName && /^(sanitize|escape)/i.test(methodName)) return { kind: "sanitized", api: qualified ?? methodName };
  if (methodName && FILE_READ_METHODS.has(methodName)) return { kind: "file-read", api: `Path.${methodName}` };
  if (!qualified) return undefined;
  const last = qualified.split(".").pop() ?? qualified;
  if (qualified === "html.escape" || /^(sanitize|escape)/i.test(last)) return { kind: "sanitized", api: qualified };
  if (FILE_OPENERS.has(qualified)) return { kind: "file-read", api: qualified };
  if (STDIN_NAMES.has(qualified)) return { kind: "stdin", api: qualified };
  if (NETWORK_MODULES.some((m) => qualified === m || qualified.startsWith(`${m}.`))) return { kind: "network", api: qualified };
  return undefined;
}

/** Provenance of a module attribute used as a value (`sys.stdin`, `flask.request`). */
export function attributeProvenance(qualified: string): Provenance | undefined {
  if (qualified === "sys.stdin" || qualified.startsWith("sys.stdin.")) return { kind: "stdin", api: "sys.stdin" };
  if (qualified === "flask.request" || qualified.startsWith("flask.request.")) return { kind: "request-body", api: "flask.request" };
  return undefined;
}

/** Whether a qualified class name is a web framework's incoming request (`fastapi.Request`). */
export function isWebRequestClass(qualified: string): boolean {
  const parts = qualified.split(".");
  return parts.length > 1 && WEB_FRAMEWORKS.has(parts[0] ?? "") && /^(Http)?Request$/.test(parts[parts.length - 1] ?? "");
}

/** What the analysis knows of the program, for recognising a handler's parameter. */
export interface HandlerContext {
  /** The value of an expression in the scope around the decorated function. */
  valueOf(node: Node, around: Node): RValue;
  qualified(node: Node): string | undefined;
}

/**
 * The object a framework passes a parameter: annotated with one of its types (`update: Update`
 * from python-telegram-bot), or a parameter of a handler registered by decorator on such an
 * object: `@app.event("app_mention")` on a slack_bolt App (by name: `event`, `message`, `command`,
 * `body`), `@client.event` on a discord Client's `on_message`, `@bot.command()` (the context and
 * the words typed after the command), `@bot.message_handler()` on a TeleBot.
 */
export function handlerParameterProvenance(parameter: Node, name: string, context: HandlerContext): ThirdPartyProvenance | undefined {
  const annotation = parameter.childForFieldName("type")?.namedChild(0);
  const annotated = annotation ? context.qualified(annotation) : undefined;
  const typed = annotated ? THIRD_PARTY_TYPES[annotated] : undefined;
  if (typed) return thirdPartyObject(typed[0], typed[1], `${name}: ${annotation?.text ?? ""}`);
  const fn = parameter.parent?.parent;
  const decorated = fn?.type === "function_definition" && fn.parent?.type === "decorated_definition" ? fn.parent : undefined;
  if (!fn || !decorated) return undefined;
  const position = fn.childForFieldName("parameters")?.namedChildren.filter((p) => p !== null && p.type !== "comment").findIndex((p) => p?.id === parameter.id) ?? -1;
  const functionName = fn.childForFieldName("name")?.text ?? "";
  for (const decorator of decorated.namedChildren) {
    const expression = decorator?.type === "decorator" ? decorator.namedChild(0) : null;
    const callee = expression?.type === "call" ? expression.childForFieldName("function") : expression;
    const object = callee?.type === "attribute" ? callee.childForFieldName("object") : null;
    const method = callee?.childForFieldName("attribute")?.text;
    if (!object || !method) continue;
    const receiver = context.valueOf(object, decorated);
    const owner = receiver.kind === "unknown" && receiver.provenance?.kind === "third-party" ? receiver.provenance : undefined;
    const found = owner ? registeredParameter(owner, method, functionName, name, position, callee?.text ?? method) : undefined;
    if (found) return found;
  }
  return undefined;
}

function registeredParameter(owner: ThirdPartyProvenance, method: string, functionName: string, name: string, position: number, api: string): ThirdPartyProvenance | undefined {
  const handler = `@${api} handler`;
  switch (`${owner.channel}/${owner.item}`) {
    case "slack/app": {
      const item = SLACK_LISTENERS.has(method) ? SLACK_ARGUMENTS[name] : undefined;
      return item ? thirdPartyObject("slack", item, handler) : undefined;
    }
    case "discord/client":
    case "discord/bot":
      if (method === "event" && DISCORD_MESSAGE_EVENTS.has(functionName)) return thirdPartyObject("discord", "message", handler);
      if (method === "command" && owner.item === "bot") {
        return position === 0 ? thirdPartyObject("discord", "context", handler) : thirdPartyText("discord", "message", "content", handler);
      }
      return undefined;
    case "telegram/bot":
      return TELEBOT_LISTENERS.has(method) && position === 0 ? thirdPartyObject("telegram", "message", handler) : undefined;
    default:
      return undefined;
  }
}
