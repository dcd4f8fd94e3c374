/**
 * Phrases by which a prompt or description declares its agent read-only, in the languages
 * agent prompts are commonly written in. The cues are deliberately specific: "do not edit
 * files" declares a role, "do not edit files in vendor/" only fences a directory, and
 * "the data directory is read-only" describes a path, not the agent.
 */

/** Words that name the whole code base or every file (a prohibition on them is a role). */
const EVERYTHING_EN = String.raw`(?:any\s+files?|files|anything|any\s+code|code|the\s+code(?:base)?|the\s+repo(?:sitory)?|the\s+project|the\s+file\s*system)`;
/** A prohibition followed by one of these is fenced to a place, not a role. */
const SCOPED_EN = String.raw`(?!\s+(?:outside|in|under|inside|within|except|other\s+than|besides|beyond|that|unless|without|apart|but|on|at|from|of)\b)`;

const ES_OBJECTS = String.raw`(?:ning[uú]n\s+archivo|ninguna?\b|nada|los\s+archivos|archivos|el\s+c[oó]digo|ficheros|los\s+ficheros)`;
const ES_SCOPED = String.raw`(?!\s+(?:fuera|en|dentro|excepto|salvo|de|del|que)\b)`;
const FR_OBJECTS = String.raw`(?:aucun(?:e)?\s+fichiers?|aucun\s+code|rien|les\s+fichiers|le\s+code)`;
const FR_SCOPED = String.raw`(?!\s+(?:en\s+dehors|dans|sous|sauf|hors|de|du|qui)\b)`;
const PT_OBJECTS = String.raw`(?:nenhum(?:a)?\s+arquivos?|nenhum(?:a)?\s+ficheiros?|nenhum\b|nada|os\s+arquivos|arquivos|o\s+c[oó]digo|ficheiros)`;
const PT_SCOPED = String.raw`(?!\s+(?:fora|em|no|na|dentro|exceto|salvo|de|do|da|que)\b)`;
const IT_OBJECTS = String.raw`(?:nessun\s+file|alcun\s+file|nulla|niente|i\s+file|il\s+codice)`;

const CUES: readonly RegExp[] = [
  // English
  /\b(?:you\s+are|you're|act\s+as|acting\s+as|behave\s+as|operate\s+as|work\s+as|serve\s+as)\s+(?:an?\s+|the\s+)?(?:strictly\s+|purely\s+)?read[- ]only\b/,
  /\b(?:operate|work|stay|remain|be|act|run)\s+(?:strictly\s+|purely\s+|only\s+)?(?:in\s+)?read[- ]only\b/,
  /\bread[- ]only\s+(?:[a-z-]+\s+)?(?:mode|agent|assistant|reviewer|auditor|analyst|role|access|task|review|audit|analysis|investigation|session|bot|helper)\b/,
  // A description that opens with the word: "Read-only explorer of the code base".
  /^\s*read[- ]only\b/,
  /\b(?:may|can|must|should|shall|will)\s+only\s+read\b/,
  /\bonly\s+read\s+(?:and|files|the\s+code|code|,)/,
  new RegExp(String.raw`\b(?:do\s+not|don't|must\s+not|mustn't|should\s+not|shouldn't|never|cannot|can't|may\s+not)\s+(?:ever\s+)?(?:modify|edit|change|write(?:\s+to)?|alter|touch|delete)\s+${EVERYTHING_EN}\b${SCOPED_EN}`),
  new RegExp(String.raw`\b(?:are|is)\s+not\s+(?:allowed|permitted)\s+to\s+(?:modify|edit|change|write(?:\s+to)?|alter|touch|delete)\s+${EVERYTHING_EN}\b${SCOPED_EN}`),
  new RegExp(String.raw`\bnever\s+(?:modify|edit|change|alter)(?=\s*[.!;]|\s*$)`),
  new RegExp(String.raw`\bwithout\s+(?:ever\s+)?(?:modifying|editing|changing|touching|writing(?:\s+to)?)\s+${EVERYTHING_EN}\b${SCOPED_EN}`),
  // Spanish
  /(?<![\p{L}])s[oó]lo\s+(?:de\s+)?lectura(?![\p{L}])/u,
  /(?<![\p{L}])[uú]nicamente\s+(?:de\s+)?lectura(?![\p{L}])/u,
  new RegExp(String.raw`(?<![\p{L}])(?:no|nunca)\s+(?:modifiques|modificar|modifique|modifiquen|edites|editar|edite|cambies|cambiar|escribas|escribir|toques|tocar)\s+${ES_OBJECTS}${ES_SCOPED}`, "u"),
  // French
  /(?<![\p{L}])lecture\s+seule(?![\p{L}])/u,
  new RegExp(String.raw`(?<![\p{L}])(?:ne|n')\s*(?:modifie|modifiez|modifier|touche|touchez|change|changez|[ée]dite|[ée]ditez|[ée]cris|[ée]crivez)\s+(?:jamais\s+|pas\s+)?${FR_OBJECTS}${FR_SCOPED}`, "u"),
  // German
  /(?<![\p{L}])nur\s+(?:lesen|lesend|lesezugriff)(?![\p{L}])/u,
  /(?<![\p{L}])schreibgesch[üu]tzt(?![\p{L}])/u,
  /(?<![\p{L}])(?:nichts|keine\s+dateien|keinen\s+code)\s+(?:zu\s+)?(?:ändern|verändern|bearbeiten|modifizieren|schreiben|anlegen)(?![\p{L}])/u,
  /(?<![\p{L}])(?:ändere|ändern\s+sie|bearbeite|verändere|modifiziere)\s+(?:niemals|nie|keine)\s+(?:dateien|datei|code)(?![\p{L}])/u,
  // Portuguese
  /(?<![\p{L}])(?:somente|apenas|s[oó])\s+(?:de\s+)?leitura(?![\p{L}])/u,
  new RegExp(String.raw`(?<![\p{L}])(?:n[ãa]o|nunca)\s+(?:modifique|modifiques|modificar|edite|editar|altere|alterar|mude|escreva|escrever)\s+${PT_OBJECTS}${PT_SCOPED}`, "u"),
  // Italian
  /(?<![\p{L}])(?:sola|solo)\s+lettura(?![\p{L}])/u,
  new RegExp(String.raw`(?<![\p{L}])non\s+(?:modificare|modificate|toccare|cambiare|scrivere)\s+${IT_OBJECTS}(?![\p{L}])`, "u"),
];

/** A negation right before a cue turns it around: "you are not a read-only agent". */
const NEGATED = /(?<![\p{L}])(?:not|no\s+longer|never|isn't|aren't|no\s+es|no\s+eres|no\s+est[aá]s?|pas|nicht|kein|n[ãa]o\s+[ée]|non\s+[èe])\s+(?:[\p{L}'-]+\s+){0,2}$/u;

/** The first read-only cue in `text` (lower-cased), or undefined. */
export function findReadOnlyCue(text: string): string | undefined {
  const normalized = text.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  let best: { index: number; length: number } | undefined;
  for (const cue of CUES) {
    const pattern = new RegExp(cue.source, cue.flags.includes("g") ? cue.flags : `${cue.flags}g`);
    for (const match of normalized.matchAll(pattern)) {
      const before = normalized.slice(Math.max(0, match.index - 40), match.index);
      if (NEGATED.test(before)) continue;
      if (!best || match.index < best.index) best = { index: match.index, length: match[0].length };
      break;
    }
  }
  return best ? normalized.slice(best.index, best.index + best.length).trim() : undefined;
}
