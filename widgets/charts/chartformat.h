#pragma once

#include <QFont>
#include <QLocale>
#include <QString>

namespace cc::charts {

// Amounts in yuan as people read them. Chinese UI (any zh locale): 万 (1e4) and
// 亿 (1e8) with two decimals, "1.23万", "3.45亿"; below 10,000 the plain number.
// Other languages: the whole yuan with the locale's thousands separators,
// "12,345", "345,000,000" (no M/B suffixes, so figures match the CSV exactly).
QString formatYuan(double yuan, const QLocale &locale, int decimals = 2);
// The same for axis ticks: trailing zeros dropped ("1.5亿", "5000万").
QString formatYuanTick(double yuan, const QLocale &locale);
// "85.3%" (value already in percent).
QString formatPercent(double percent, const QLocale &locale, int decimals = 1);
bool isChinese(const QLocale &locale);

// The font family charts and reports use: "Noto Sans CJK SC" when installed
// (fonts-noto-cjk; it has Latin glyphs too, so Chinese names never turn into
// tofu boxes), otherwise the application default.
QString cjkFontFamily();
QFont chartFont(double pointSize, bool bold = false);
// The same size in pixels of a 96-dpi canvas, for fonts inside QCustomPlot: exports
// scale the canvas to the target dpi, so a point size (which the device resolves
// at its own dpi) would be scaled twice on a 300-dpi PDF or PNG.
QFont plotFont(double pointSize, bool bold = false);

} // namespace cc::charts
