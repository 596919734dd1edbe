#pragma once

#include "widgets/help/glossary.h"

#include <QDialog>
#include <QStringList>
#include <QVector>

class QTextBrowser;

namespace cc {

// The model in words (Help > Model Notes, and the glossary's section "How the
// model works"): choice, demand, capacity and queues, reimbursement, the fund,
// the global budget and its settlement, calibration, and what the model leaves
// out. Each topic lists its parameters from the parameter table
// (models/domain/parameters.h); the page adds every parameter's meaning,
// default, range and source from the same table, so nothing is listed twice by
// hand.

// One topic as a glossary term: Chinese heading, translated name, the equations
// in words, and the parameters it uses (labels from the table).
QVector<GlossaryTerm> modelTerms(); // translated
// What the model does not capture, one item each (translated).
QStringList modelLimitations();
// The whole page as HTML: the topics, then one table per parameter group
// (every policy parameter and model setting), then the limitations.
QString modelNotesHtml();

// Help > Model Notes: the page in a browser with a table of contents.
class ModelNotesDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelNotesDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_text; }

private:
    QTextBrowser *m_text;
};

} // namespace cc
