#include "widgets/charts/chartformat.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <algorithm>
#include <cmath>

namespace cc::charts {

namespace {
QString trimZeros(QString number, const QLocale &locale)
{
    const QChar point = locale.decimalPoint().at(0);
    if (!number.contains(point))
        return number;
    while (number.endsWith(QLatin1Char('0')))
        number.chop(1);
    if (number.endsWith(point))
        number.chop(1);
    return number;
}

QString yuanText(double yuan, const QLocale &locale, int decimals, bool trim)
{
    if (!std::isfinite(yuan))
        return QString();
    if (!isChinese(locale))
        return locale.toString(static_cast<qlonglong>(std::llround(yuan)));
    const double magnitude = std::fabs(yuan);
    // 万 and 亿 are the units Chinese budget documents use.
    const auto scaled = [&](double unit, QChar suffix) {
        QString n = QLocale::c().toString(yuan / unit, 'f', decimals);
        if (trim)
            n = trimZeros(n, QLocale::c());
        return n + suffix;
    };
    if (magnitude >= 1e8)
        return scaled(1e8, QChar(0x4EBF)); // 亿
    if (magnitude >= 1e4)
        return scaled(1e4, QChar(0x4E07)); // 万
    return QLocale::c().toString(static_cast<qlonglong>(std::llround(yuan)));
}
} // namespace

bool isChinese(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese;
}

QString formatYuan(double yuan, const QLocale &locale, int decimals)
{
    return yuanText(yuan, locale, decimals, false);
}

QString formatYuanTick(double yuan, const QLocale &locale)
{
    return yuanText(yuan, locale, 3, true);
}

QString formatPercent(double percent, const QLocale &locale, int decimals)
{
    if (!std::isfinite(percent))
        return QString();
    return locale.toString(percent, 'f', decimals) + QLatin1Char('%');
}

QString cjkFontFamily()
{
    static const QString family = [] {
        const QString noto = QStringLiteral("Noto Sans CJK SC");
        if (QFontDatabase::hasFamily(noto))
            return noto;
        for (const QString &f :
             {QStringLiteral("Source Han Sans SC"), QStringLiteral("WenQuanYi Micro Hei"),
              QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC")})
            if (QFontDatabase::hasFamily(f))
                return f;
        return QGuiApplication::font().family();
    }();
    return family;
}

QFont chartFont(double pointSize, bool bold)
{
    QFont font(cjkFontFamily());
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QFont plotFont(double pointSize, bool bold)
{
    QFont font = chartFont(pointSize, bold);
    font.setPixelSize(std::max(1, static_cast<int>(std::lround(pointSize * 96.0 / 72.0))));
    return font;
}

} // namespace cc::charts
