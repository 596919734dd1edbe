#include "models/domain/textcheck.h"

namespace cc {

namespace {

bool isBidiFormatting(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool isForbidden(char32_t c, bool allowLineBreaks)
{
    if (allowLineBreaks && (c == '\n' || c == '\r' || c == '\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiFormatting(c) || c == 0x2028 ||
           c == 0x2029;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(static_cast<uint>(c), 4, 16, QLatin1Char('0')).toUpper();
}

QString firstForbidden(const QString &text, bool allowLineBreaks)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A lone surrogate is not a character at all (only broken UTF-16 has one).
        if (c.isSurrogate()) {
            if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                ++i;
                continue;
            }
            return codePoint(c.unicode());
        }
        if (isForbidden(c.unicode(), allowLineBreaks))
            return codePoint(c.unicode());
    }
    return {};
}

} // namespace

QString forbiddenNameCharacter(const QString &name)
{
    return firstForbidden(name, false);
}

QString forbiddenTextCharacter(const QString &text)
{
    return firstForbidden(text, true);
}

QString escapeLineValue(const QString &value, const QString &extra)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        const char32_t u = c.unicode();
        if (c == QLatin1Char('\\') || extra.contains(c)) {
            out += QLatin1Char('\\');
            out += c;
        } else if (u == '\n') {
            out += QLatin1String("\\n");
        } else if (u == '\r') {
            out += QLatin1String("\\r");
        } else if (u == '\t') {
            out += QLatin1String("\\t");
        } else if (isForbidden(u, false) ||
                   (c.isSurrogate() &&
                    !(c.isHighSurrogate() && i + 1 < value.size() &&
                      value.at(i + 1).isLowSurrogate()) &&
                    !(c.isLowSurrogate() && i > 0 && value.at(i - 1).isHighSurrogate()))) {
            out += QLatin1String("\\u{") + QString::number(static_cast<uint>(u), 16).toUpper() +
                   QLatin1Char('}');
        } else {
            out += c;
        }
    }
    return out;
}

} // namespace cc
