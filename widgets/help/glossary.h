#pragma once

#include <QDialog>
#include <QVector>

class QLineEdit;
class QListWidget;
class QTextBrowser;

namespace cc {

// One term of the reform: its official Chinese wording (shown in every
// language), a translated name, what it means and how the planner models it.
struct GlossaryTerm {
    QString chinese;
    QString name;
    QString meaning;
    QString inPlanner;
};
QVector<GlossaryTerm> glossaryTerms(); // translated

// Help > Glossary: the terms listed on the left (filterable) in two sections,
// the reform's terms and how the model works (widgets/help/modelnotes.h), the
// text on the right.
class GlossaryDialog : public QDialog {
    Q_OBJECT
public:
    explicit GlossaryDialog(QWidget *parent = nullptr);
    // Shows the term whose Chinese wording or name is `term`; false if none.
    bool showTerm(const QString &term);
    int termCount() const; // both sections
    int reformTermCount() const { return m_reformTerms; }

private:
    void filter(const QString &text);
    void showIndex(int index);

    QVector<GlossaryTerm> m_terms; // the reform's terms, then the model's
    int m_reformTerms;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QTextBrowser *m_text;
};

} // namespace cc
