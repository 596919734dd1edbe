#pragma once

#include <QString>

namespace cc {

// Characters that have no place in a name and that could make text lie about
// itself: C0 and C1 control characters (NUL, escape sequences, line breaks),
// DEL, the bidirectional formatting characters (U+061C, U+200E, U+200F,
// U+202A-U+202E, U+2066-U+2069: a name that reads backwards on screen) and
// the line and paragraph separators U+2028 and U+2029.

// The first such character of a name, as "U+001B"; empty when there is none.
QString forbiddenNameCharacter(const QString &name);
// The same for free text (descriptions, notes), where tabs and line breaks are fine.
QString forbiddenTextCharacter(const QString &text);

// A value for one "key: value" line (countycare-cli info and the other
// commands that print such lines): a backslash becomes "\\", newline, carriage
// return and tab "\n", "\r" and "\t", every other character listed above
// "\u{1B}" (hexadecimal code point). So a value never spans two lines and
// never reaches a terminal as an escape sequence; `extra` characters (the list
// separator ",") are escaped with a backslash too.
QString escapeLineValue(const QString &value, const QString &extra = {});

} // namespace cc
