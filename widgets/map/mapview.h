#pragma once

#include <QGraphicsView>

namespace cc {

class MapScene;

// Pans and zooms the county map; draws a scale bar and a north arrow on top.
// Wheel and +/- zoom about the cursor, 0 or Home fits the county, arrows pan.
class MapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);

    MapScene *mapScene() const { return m_scene; }
    double pixelsPerMetre() const;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();

signals:
    void zoomChanged(double pixelsPerMetre);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void zoomBy(double factor);
    void zoomChangedInternally();
    void drawScaleBar(QPainter *painter);
    void drawNorthArrow(QPainter *painter);

    MapScene *m_scene;
    bool m_fittedOnce = false;
};

} // namespace cc
