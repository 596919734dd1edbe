#pragma once

#include <QColor>
#include <QVector>
#include <QWidget>

namespace cc {

// The legend of the map's thematic overlays: a small panel over the map's top
// left corner, one section per overlay that is on. Hidden when none is.
class MapLegend : public QWidget {
    Q_OBJECT
public:
    struct Item {
        enum Kind { Fill, Ring, Line };
        Kind kind = Fill;
        QColor color;
        double size = 8; // line width or symbol radius, pixels
        QString text;
        Qt::PenStyle pen = Qt::SolidLine; // of a Line
    };
    struct Section {
        QString title;
        QVector<Item> items;
    };

    explicit MapLegend(QWidget *parent = nullptr);
    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setSections(const QVector<Section> &sections);
    const QVector<Section> &sections() const { return m_sections; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QVector<Section> m_sections;
};

} // namespace cc
