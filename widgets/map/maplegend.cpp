#include "widgets/map/maplegend.h"

#include <QFontMetrics>
#include <QPainter>
#include <algorithm>

namespace cc {

namespace {
constexpr int kPad = 8;
constexpr int kSwatch = 26; // swatch column width
constexpr int kGap = 3;
} // namespace

MapLegend::MapLegend(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Map legend"));
    hide();
}

void MapLegend::setTitle(const QString &title)
{
    m_title = title;
    adjustSize();
    update();
}

void MapLegend::setSections(const QVector<Section> &sections)
{
    m_sections = sections;
    setVisible(!m_sections.isEmpty());
    adjustSize();
    update();
}

QSize MapLegend::sizeHint() const
{
    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int line = std::max(fm.height(), 14) + kGap;
    int width = bfm.horizontalAdvance(m_title);
    int height = m_title.isEmpty() ? 0 : bfm.height() + kGap;
    for (const Section &s : m_sections) {
        width = std::max(width, bfm.horizontalAdvance(s.title));
        height += bfm.height() + kGap;
        for (const Item &i : s.items) {
            width = std::max(width, kSwatch + 6 + fm.horizontalAdvance(i.text));
            height += line;
        }
        height += kGap;
    }
    return {width + 2 * kPad, height + 2 * kPad};
}

void MapLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0, 0, 0, 60));
    p.setBrush(QColor(255, 255, 255, 225));
    p.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);

    const QFontMetrics fm(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics bfm(bold);
    const int line = std::max(fm.height(), 14) + kGap;
    int y = kPad;
    p.setPen(QColor(0x20, 0x20, 0x20));
    if (!m_title.isEmpty()) {
        p.setFont(bold);
        p.drawText(QRect(kPad, y, width() - 2 * kPad, bfm.height()), Qt::AlignLeft, m_title);
        y += bfm.height() + kGap;
    }
    for (const Section &s : m_sections) {
        p.setFont(bold);
        p.setPen(QColor(0x20, 0x20, 0x20));
        p.drawText(QRect(kPad, y, width() - 2 * kPad, bfm.height()), Qt::AlignLeft, s.title);
        y += bfm.height() + kGap;
        p.setFont(font());
        for (const Item &i : s.items) {
            const QPointF centre(kPad + kSwatch / 2.0, y + line / 2.0 - 1);
            switch (i.kind) {
            case Item::Fill:
                p.setPen(QPen(i.color.darker(150), 1));
                p.setBrush(i.color);
                p.drawEllipse(centre, i.size / 2, i.size / 2);
                break;
            case Item::Ring:
                p.setPen(QPen(i.color, 3.5));
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(centre, i.size / 2, i.size / 2);
                break;
            case Item::Line:
                p.setPen(QPen(i.color, i.size, i.pen, Qt::FlatCap));
                p.drawLine(QPointF(kPad, centre.y()), QPointF(kPad + kSwatch, centre.y()));
                break;
            }
            p.setPen(QColor(0x20, 0x20, 0x20));
            p.drawText(QRect(kPad + kSwatch + 6, y, width() - kSwatch - 6 - 2 * kPad, line),
                       Qt::AlignLeft | Qt::AlignVCenter, i.text);
            y += line;
        }
        y += kGap;
    }
}

} // namespace cc
