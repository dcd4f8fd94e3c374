import { beforeAll, describe, expect, it } from "vitest";
import { findingsOf, prepareLanguages } from "../helpers/lint-source.js";

const RULE = "image-no-world-writable";
const at = (code: string) => findingsOf(RULE, code, { filename: "Dockerfile" }).map((f) => [f.line, f.column, f.endColumn, f.message.split(" makes ")[0]]);

beforeAll(prepareLanguages);

describe(RULE, () => {
  it("flags chmod 777 at the mode", () => {
    expect(findingsOf(RULE, "FROM debian:12\nRUN mkdir -p /app/data && chmod -R 777 /app/data\n", { filename: "Dockerfile" })).toEqual([
      {
        messageId: "writable",
        line: 2,
        column: 36,
        endLine: 2,
        endColumn: 39,
        severity: "warn",
        message:
          "`chmod 777` makes `/app/data` writable by every user in the container: any process, whichever user it runs as, can change those files and the programs in them. Give write access to the owner only (e.g. `chmod 755`, or `chown` to the user that needs it).",
      },
    ]);
  });

  it.each([
    ["0777", "RUN chmod 0777 /srv", [[2, 11, 15, "`chmod 0777`"]]],
    ["666 on a file", "RUN chmod 666 /srv/app.db", [[2, 11, 14, "`chmod 666`"]]],
    ["a+w", "RUN chmod a+w /srv", [[2, 11, 14, "`chmod a+w`"]]],
    ["o+rw", "RUN chmod o+rw /srv", [[2, 11, 15, "`chmod o+rw`"]]],
    ["ugo=rwx", "RUN chmod -R ugo=rwx /srv", [[2, 14, 21, "`chmod ugo=rwx`"]]],
    ["a second clause", "RUN chmod u+x,o+w /srv/run.sh", [[2, 11, 18, "`chmod u+x,o+w`"]]],
    ["mkdir -m 777", "RUN mkdir -m 777 /srv/cache", [[2, 14, 17, "`mkdir 777`"]]],
    ["install --mode=0777", "RUN install -d --mode=0777 /srv/cache", [[2, 16, 27, "`install 0777`"]]],
    ["chmod through find -exec", "RUN find /srv -type d -exec chmod 777 {} +", [[2, 35, 38, "`chmod 777`"]]],
    ["chmod through xargs", "RUN ls /srv | xargs chmod o+w", [[2, 27, 30, "`chmod o+w`"]]],
    ["chmod with sudo", "RUN sudo chmod 777 /srv", [[2, 16, 19, "`chmod 777`"]]],
    ["COPY --chmod", "COPY --chmod=777 app/ /app/", [[2, 14, 17, "`COPY --chmod=777`"]]],
    ["a here-document script", "RUN <<EOF\nset -e\nchmod 777 /srv\nEOF", [[4, 7, 10, "`chmod 777`"]]],
  ])("flags %s", (_label, line, expected) => {
    expect(at(`FROM debian:12\n${line}\n`)).toEqual(expected);
  });

  it.each([
    ["755", "RUN chmod 755 /usr/local/bin/entrypoint.sh"],
    ["o-w", "RUN chmod -R o-w /srv"],
    ["a-w", "RUN chmod a-w /srv"],
    ["+x", "RUN chmod +x /entrypoint.sh"],
    ["+w (the umask keeps others out)", "RUN chmod +w /srv/data"],
    ["g+w", "RUN chmod -R g+w /srv"],
    ["775", "RUN chmod 775 /srv"],
    ["the sticky 1777 of a temp directory", "RUN mkdir -p /tmp/cache && chmod 1777 /tmp/cache"],
    ["a mode in a variable", "ARG MODE\nRUN chmod $MODE /srv"],
    ["a file named 777", "RUN touch 777 && chmod u+w 777"],
    ["COPY --chmod=755", "COPY --chmod=755 app/ /app/"],
    ["chmod in an echoed string", `RUN echo "chmod 777 /srv" > /notes.txt`],
  ])("does not flag %s", (_label, line) => {
    expect(at(`FROM debian:12\n${line}\n`)).toEqual([]);
  });
});
