#pragma once

#include <QGraphicsView>

namespace cc {

class MapScene;
class MapTool;

// Pans and zooms the county map; draws a scale bar and a north arrow on top.
// Wheel and +/- zoom about the cursor, 0 or Home fits the county, arrows pan.
class MapView : public QGraphicsView {
    Q_OBJECT
public:
    explicit MapView(MapScene *scene, QWidget *parent = nullptr);

    MapScene *mapScene() const { return m_scene; }
    double pixelsPerMetre() const;
    // The active editing tool; nullptr: pan only (read-only map).
    void setTool(MapTool *tool);
    MapTool *tool() const { return m_tool; }

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
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    void zoomBy(double factor);
    void zoomChangedInternally();
    void drawScaleBar(QPainter *painter);
    void drawNorthArrow(QPainter *painter);

    MapScene *m_scene;
    MapTool *m_tool = nullptr;
    bool m_fittedOnce = false;
    bool m_followsFit = true; // fitted, and neither zoomed nor panned since
    bool m_panning = false;   // middle-button pan in any tool
    QPoint m_lastPanPos;
};

} // namespace cc
