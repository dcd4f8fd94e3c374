/**
 * Text that third parties write into a program: issue and pull-request bodies and titles,
 * comments and reviews (GitHub, GitLab), chat messages (Slack, Discord, Telegram) and email.
 * Whoever can open an issue, post where a bot listens or send it a mail writes that text, so
 * pasted into a prompt it steers the agent (prompt injection).
 *
 * The extractors recognise where such an API's objects enter the program — a client built from
 * the SDK, a webhook payload, a handler's parameter — and follow them member by member with
 * `thirdPartyMember`: an object stays an object of its API, named by what it holds (`issue`,
 * `comment`), and only reading a text field of a content object gives text. Nothing else an
 * object holds (numbers, URLs, user names, a repository's own description) is reported.
 */
import type { CliInvocation } from "./file-model.js";
import { launchedCommands, onlyText } from "./launches.js";
import { alternatives, type RValue, type ThirdPartyChannel, type ThirdPartyProvenance } from "./value.js";

/** Member names (properties, methods, payload keys, in both SDK spellings) that reach another kind of object. */
const ITEMS: Readonly<Record<ThirdPartyChannel, Readonly<Record<string, string>>>> = {
  github: {
    issue: "issue",
    issues: "issue",
    get_issue: "issue",
    get_issues: "issue",
    as_issue: "issue",
    pull_request: "pull request",
    pulls: "pull request",
    get_pull: "pull request",
    get_pulls: "pull request",
    comment: "comment",
    listComments: "comment",
    listCommentsForRepo: "comment",
    getComment: "comment",
    get_comments: "comment",
    get_comment: "comment",
    get_issue_comments: "comment",
    get_issues_comments: "comment",
    review: "review",
    listReviews: "review",
    getReview: "review",
    get_reviews: "review",
    get_review: "review",
    listReviewComments: "review comment",
    getReviewComment: "review comment",
    get_review_comments: "review comment",
    get_pulls_comments: "review comment",
    get_pulls_review_comments: "review comment",
    discussion: "discussion",
  },
  gitlab: {
    issues: "issue",
    mergerequests: "merge request",
    notes: "note",
    discussions: "note",
    object_attributes: "note",
  },
  slack: { message: "message", event: "message", command: "command" },
  discord: { message: "message" },
  telegram: {
    message: "message",
    msg: "message",
    edited_message: "message",
    editedMessage: "message",
    channel_post: "message",
    channelPost: "message",
  },
  email: {},
};

/** Objects whose text a third party writes (not a client, a repository or a payload wrapper). */
const CONTENT_ITEMS: Readonly<Record<ThirdPartyChannel, ReadonlySet<string>>> = {
  github: new Set(["issue", "pull request", "comment", "review", "review comment", "discussion"]),
  gitlab: new Set(["issue", "merge request", "note"]),
  slack: new Set(["message", "command"]),
  discord: new Set(["message"]),
  telegram: new Set(["message"]),
  email: new Set(["email"]),
};

const TEXT_FIELDS: Readonly<Record<ThirdPartyChannel, ReadonlySet<string>>> = {
  github: new Set(["body", "title", "body_text", "bodyText"]),
  gitlab: new Set(["title", "description", "body"]),
  slack: new Set(["text"]),
  discord: new Set(["content", "cleanContent", "clean_content"]),
  telegram: new Set(["text", "caption"]),
  email: new Set(["subject", "Subject", "SUBJECT", "text", "html", "textAsHtml", "body", "text_plain", "text_html", "get_payload", "get_content", "as_string", "as_bytes", "payload"]),
};

export function thirdPartyObject(channel: ThirdPartyChannel, item: string, api: string): ThirdPartyProvenance {
  return { kind: "third-party", channel, item, api };
}

export function thirdPartyText(channel: ThirdPartyChannel, item: string, field: string, api: string): ThirdPartyProvenance {
  return { kind: "third-party", channel, item, field, api };
}

/** Methods that create an object from what the program sends (`issue.create_comment(reply)`): its text is the program's own. */
const CREATES = /^create(?:_|[A-Z]|$)/;

/**
 * What reading `member` (a property, a method's result, an item) of a third-party value gives:
 * text stays text (`body.strip()`, `msg.text[:500]`); an object gives the text of a text field
 * of content, else another object of the API; what the program itself creates gives nothing.
 */
export function thirdPartyMember(value: ThirdPartyProvenance, member: string): ThirdPartyProvenance | undefined {
  if (value.field !== undefined) return value;
  if (CREATES.test(member)) return undefined;
  const item = ITEMS[value.channel][member] ?? value.item;
  if (TEXT_FIELDS[value.channel].has(member) && CONTENT_ITEMS[value.channel].has(item)) return { ...value, item, field: member };
  return item === value.item ? value : { ...value, item };
}

/** Text a third party wrote, as opposed to an object of their API. */
export function isThirdPartyText(value: ThirdPartyProvenance): boolean {
  return value.field !== undefined;
}

/** The third-party text a value holds, in any alternative: an unknown of that provenance, or a hole of one in text. */
export function thirdPartyTextIn(value: RValue): ThirdPartyProvenance | undefined {
  for (const { value: concrete } of alternatives(value)) {
    if (concrete.kind === "unknown" && concrete.provenance?.kind === "third-party" && isThirdPartyText(concrete.provenance)) return concrete.provenance;
    if (concrete.kind !== "text") continue;
    for (const part of concrete.parts) {
      if (part.kind === "hole" && part.provenance.kind === "third-party" && isThirdPartyText(part.provenance)) return part.provenance;
    }
  }
  return undefined;
}

/** `gh` subcommands that print what third parties wrote, and the GitHub object they print. */
const GH_READS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  issue: { view: "issue", list: "issue" },
  pr: { view: "pull request", list: "pull request", diff: "pull request" },
};

/**
 * The output of a `gh` run that prints issues, pull requests or their comments:
 * `gh issue view 12 --json body`, `gh pr diff 7`, `gh api repos/o/r/issues/12/comments`.
 */
export function thirdPartyOutput(invocation: CliInvocation): ThirdPartyProvenance | undefined {
  for (const { program, args } of launchedCommands(invocation)) {
    if (program !== "gh") continue;
    const [group, action] = [onlyText(args[0]), onlyText(args[1])];
    const item = group && action ? GH_READS[group]?.[action] : undefined;
    if (item) return thirdPartyText("github", item, action === "diff" ? "diff" : "content", `gh ${group} ${action}`);
    if (group === "api") {
      const path = args.slice(1).map(onlyText).find((text) => text !== undefined && !text.startsWith("-"));
      const apiItem = path ? ghApiItem(path) : undefined;
      if (apiItem) return thirdPartyText("github", apiItem, "content", "gh api");
    }
  }
  return undefined;
}

/** The object a REST path of `gh api` reads: `repos/o/r/issues/12/comments` reads comments. */
function ghApiItem(path: string): string | undefined {
  const segments = path.split("?")[0]?.split("/").filter(Boolean) ?? [];
  if (segments.includes("comments")) return "comment";
  if (segments.includes("reviews")) return "review";
  if (segments.includes("pulls")) return "pull request";
  if (segments.includes("issues")) return "issue";
  return undefined;
}

const CHANNEL_NAMES: Readonly<Record<ThirdPartyChannel, string>> = {
  github: "GitHub",
  gitlab: "GitLab",
  slack: "Slack",
  discord: "Discord",
  telegram: "Telegram",
  email: "email",
};

/** `a GitHub issue body`, `a GitLab merge request description`, `a Slack message`, `an email subject`. */
export function describeThirdParty(value: ThirdPartyProvenance): string {
  const field = value.field === undefined ? "" : normalField(value.field);
  switch (value.channel) {
    case "github":
    case "gitlab":
      return `a ${CHANNEL_NAMES[value.channel]} ${value.item}${field ? ` ${field}` : ""}`;
    case "email":
      return field && field !== "text" ? `an email ${field}` : "an email";
    default:
      return `a ${CHANNEL_NAMES[value.channel]} ${value.item}`;
  }
}

/** Who writes the text: the people whose words the agent then reads as instructions. */
export function writersOf(value: ThirdPartyProvenance): string {
  switch (value.channel) {
    case "github":
    case "gitlab":
      return WRITERS_BY_ITEM[value.item] ?? "anyone who can open an issue or comment in the repository";
    case "email":
      return "anyone who can send an email to this address";
    default:
      return `anyone who can post a ${CHANNEL_NAMES[value.channel]} message where the bot reads`;
  }
}

/** A tag to enclose the text in: `<issue>…</issue>`. */
export function enclosingTag(value: ThirdPartyProvenance): string {
  if (value.channel === "email") return "email";
  if (value.channel === "github" || value.channel === "gitlab") return value.item.replace(/ /g, "_");
  return "message";
}

const WRITERS_BY_ITEM: Readonly<Record<string, string>> = {
  issue: "anyone who can open an issue",
  "pull request": "anyone who can open a pull request",
  "merge request": "anyone who can open a merge request",
  comment: "anyone who can comment on an issue or pull request",
  note: "anyone who can comment on an issue or merge request",
  review: "anyone who can review a pull request",
  "review comment": "anyone who can review a pull request",
  discussion: "anyone who can start a discussion",
};

function normalField(field: string): string {
  switch (field) {
    case "body_text":
    case "bodyText":
      return "body";
    case "Subject":
    case "SUBJECT":
      return "subject";
    case "subject":
    case "title":
    case "description":
    case "body":
    case "diff":
      return field;
    case "content":
      return "";
    default:
      return "text";
  }
}
