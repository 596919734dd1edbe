#include "widgets/explain/explaindialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cc {

ExplainDialog::ExplainDialog(const explain::Derivation &derivation, QWidget *parent)
    : QDialog(parent), m_derivation(derivation)
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("How is this number made? – %1").arg(derivation.name));
    auto *layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("explainText"));
    m_text->setOpenLinks(false);
    m_text->setHtml(html());
    m_text->setToolTip(tr("Formula, inputs and the parameters that differ from the reference "
                          "scenario"));
    m_text->setWhatsThis(
        tr("The derivation of the indicator you clicked: the formula in words, the numbers it "
           "is computed from (taken from the simulation results of that month and scope) and "
           "the payment parameters that differ from the reference scenario, the ones acting "
           "directly on this indicator first."));
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy the explanation to the clipboard"));
    connect(copy, &QPushButton::clicked, this, [this] {
        auto *mime = new QMimeData;
        mime->setHtml(html());
        mime->setText(m_text->toPlainText());
        QApplication::clipboard()->setMimeData(mime);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setTabOrder(m_text, copy);
    resize(680, 700);
}

QString ExplainDialog::html() const
{
    return toHtml(m_derivation, m_derivation.scopeName);
}

QString ExplainDialog::toHtml(const explain::Derivation &d, const QString &scopeName)
{
    const QLocale locale;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString h;
    h += QStringLiteral("<h2>%1</h2>").arg(esc(d.name));
    if (!d.error.isEmpty())
        return h + QStringLiteral("<p>%1</p>").arg(esc(d.error));
    const QString scope = !scopeName.isEmpty() ? scopeName
                                               : (d.scope < 0 ? tr("Whole county")
                                                              : tr("Township %1").arg(d.scope + 1));
    h += QStringLiteral("<p style='font-size:large'><b>%1</b> &nbsp; %2 · %3 · %4</p>")
             .arg(esc(explain::formatValue(d.value, d.unit, locale)), esc(d.monthLabel), esc(scope),
                  esc(d.scenarioName));
    h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Formula")), esc(d.formula));
    h += QStringLiteral("<h3>%1</h3><table cellpadding='4'>").arg(esc(tr("Inputs")));
    for (const explain::Input &in : d.inputs)
        h += QStringLiteral("<tr><td>%1</td><td align='right'>%2</td></tr>")
                 .arg(esc(in.label), esc(explain::formatValue(in.value, in.unit, locale)));
    h += QStringLiteral("</table>");
    if (!d.mechanisms.isEmpty()) {
        // The reform's mechanisms taken out in turn: their effects add up.
        h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The reform's mechanisms")));
        h += QStringLiteral("<p>%1</p><table cellpadding='4'>")
                 .arg(esc(tr("Each mechanism taken out of \"%1\" in turn, after the ones above "
                             "it; the change it made to this number:")
                              .arg(d.scenarioName)));
        const auto signedValue = [&](double v) {
            const QString text = explain::formatValue(v, d.unit, locale);
            return v > 0 ? QStringLiteral("+") + text : text;
        };
        for (const explain::Mechanism &m : d.mechanisms)
            h += QStringLiteral("<tr><td valign='top'><b>%1</b></td><td align='right' "
                                "valign='top'>%2</td><td>%3</td></tr>")
                     .arg(esc(m.name), esc(m.inEffect ? signedValue(m.effect) : tr("not used")),
                          esc(m.description));
        h += QStringLiteral("</table>");
        QString summary = tr("Without any of them: %1.")
                              .arg(explain::formatValue(d.withoutMechanisms, d.unit, locale));
        if (d.hasReference)
            summary +=
                QLatin1Char(' ') +
                tr("\"%1\" has %2; the scenario's other changes (reimbursement, postings, "
                   "growth of use) account for %3.")
                    .arg(d.referenceName, explain::formatValue(d.referenceValue, d.unit, locale),
                         signedValue(d.withoutMechanisms - d.referenceValue));
        h += QStringLiteral("<p>%1</p>").arg(esc(summary));
    }
    h += QStringLiteral("<h3>%1</h3>").arg(esc(tr("What moved it")));
    if (d.scenario == d.reference) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("This is the reference scenario \"%1\": no parameter differs. "
                             "Select another scenario to see what it changes.")
                              .arg(d.referenceName)));
    } else if (d.changes.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(esc(tr("No payment parameter of this month differs from \"%1\"; the "
                             "difference comes from postings or facilities.")
                              .arg(d.referenceName)));
    } else {
        h += QStringLiteral("<p>%1</p><table cellpadding='4'>")
                 .arg(esc(tr("Parameters that differ from \"%1\" in this month, those acting "
                             "directly on this indicator first, then by the size of the change:")
                              .arg(d.referenceName)));
        for (const explain::ParameterChange &c : d.changes)
            h += QStringLiteral("<tr><td>%1%2</td><td>%3 → %4</td></tr>")
                     .arg(esc(c.label), c.direct ? QStringLiteral(" ●") : QString(),
                          esc(c.beforeText), esc(c.afterText));
        h += QStringLiteral("</table><p><small>%1</small></p>")
                 .arg(esc(tr("● acts directly on this indicator.")));
    }
    return h;
}

} // namespace cc
