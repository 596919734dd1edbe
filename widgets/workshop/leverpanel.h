#pragma once

#include "models/domain/projectdocument.h"

#include <QVector>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;

namespace cc {

// Workshop mode's big levers: the few payment parameters a room of county
// officials argues about, as large sliders (and one switch). They show the
// policy of a scenario in force in a month (the month on screen) and edit the
// schedule entry in force then through the policy edits, one undo step per drag.
// A trainer lock hides the way to the full policy panel and reveals the levers
// one at a time; levers not yet revealed are disabled.
class LeverPanel : public QWidget {
    Q_OBJECT
public:
    enum Lever {
        TownshipRatio,    // 乡镇卫生院住院报销比例
        RatioGap,         // 县乡报销比例差距 (township minus county hospital, inpatient)
        GlobalBudget,     // 总额预算 on/off
        SurplusRetention, // 结余留用比例
        Capitation,       // 按人头付费 yuan per signed resident (0: off)
        LeverCount
    };

    explicit LeverPanel(ProjectDocument *document, QWidget *parent = nullptr);

    EntityId scenario() const { return m_scenario; }
    // The scenario the levers edit (0: the baseline).
    void setScenario(EntityId scenarioId);
    int month() const { return m_month; }
    // The month whose policy the levers show and edit.
    void setMonth(int month);
    // The schedule entry in force in that month: the one a lever edits.
    int entryIndex() const;

    QSlider *slider(Lever lever) const; // nullptr for the switch
    QAbstractButton *budgetSwitch() const;
    QWidget *leverWidget(Lever lever) const;
    bool isLeverEnabled(Lever lever) const;
    // The lever's value as the policy holds it (the gap in ratio points).
    double leverValue(Lever lever) const;

    bool trainerLock() const { return m_locked; }
    void setTrainerLock(bool locked);
    int revealedCount() const { return m_revealed; }
    // Reveals the next lever in the order of Lever; false when all are shown.
    bool revealNext();
    QPushButton *revealButton() const { return m_reveal; }
    QCheckBox *lockBox() const { return m_lock; }
    QString message() const;

signals:
    void trainerLockChanged(bool locked);
    // A lever changed the scenario's policy.
    void leverMoved();

private:
    struct Row {
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QLabel *value = nullptr;
        QSlider *slider = nullptr;
    };
    void buildRow(Lever lever, const QString &title, const QString &help, int min, int max);
    void reload();
    void updateEnabled();
    void apply(Lever lever, int position);
    EntityId effectiveScenario() const;
    PolicyParams policy() const;
    QString valueText(Lever lever, int position) const;

    ProjectDocument *m_document;
    EntityId m_scenario = 0;
    int m_month = 0;
    QVector<Row> m_rows;
    QPushButton *m_budget = nullptr;
    QPushButton *m_reveal = nullptr;
    QCheckBox *m_lock = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_inForce = nullptr;
    bool m_locked = false;
    int m_revealed = LeverCount;
    bool m_loading = false;
    qint64 m_dragKey = 0;
};

} // namespace cc
