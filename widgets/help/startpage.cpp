#include "widgets/help/startpage.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace cc {

StartPage::StartPage(const QStringList &recentFiles, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("startPage"));
    setWindowTitle(tr("Welcome to CountyCare Planner"));
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setHorizontalSpacing(28);

    auto *logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/countycare.svg")).pixmap(QSize(72, 72)));
    logo->setAccessibleName(tr("CountyCare Planner logo"));
    auto *title = new QLabel(tr("<h1>CountyCare Planner</h1>"), this);
    auto *head = new QHBoxLayout;
    head->addWidget(logo);
    head->addWidget(title, 1);
    layout->addLayout(head, 0, 0, 1, 2);

    auto *about = new QLabel(
        tr("<p>Plan a tight county health alliance (紧密型县域医共体): draw the county's "
           "villages, clinics, health centres and hospitals on a map, post county doctors to "
           "township health centres (县招乡用), and set the insurance payment policy: "
           "reimbursement ratios, global budget with surplus retention (结余留用), DRG points "
           "and capitation.</p>"
           "<p>Every change is simulated month by month: where residents get treated "
           "(the in-county treatment rate, 县域就诊率), staffing needs, and the insurance fund. "
           "Compare scenarios, explain any number and present them in workshop mode.</p>"
           "<p>New here? Open the demo county and follow the guided tour.</p>"),
        this);
    about->setObjectName(QStringLiteral("startAbout"));
    about->setWordWrap(true);
    about->setMinimumWidth(420);
    about->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(about, 1, 0, 2, 1);

    auto *actions = new QVBoxLayout;
    auto makeButton = [this, actions](const QString &text, const QString &tip, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setMinimumHeight(40);
        b->setToolTip(tip);
        b->setWhatsThis(tip);
        b->setAutoDefault(false);
        actions->addWidget(b);
        return b;
    };
    m_demo = makeButton(tr("Open the &Demo County"),
                        tr("Open Qingshan County, a fictional county with real-world proportions, "
                           "to explore the planner"),
                        "startDemo");
    m_demo->setDefault(true);
    m_new = makeButton(tr("&New Project"), tr("Start an empty project"), "startNew");
    m_open = makeButton(tr("&Open Project..."), tr("Open a project file (.ccplan or .gpkg)"),
                        "startOpen");
    actions->addSpacing(12);
    auto *recentLabel = new QLabel(tr("&Recent projects:"), this);
    actions->addWidget(recentLabel);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("startRecent"));
    m_list->setToolTip(tr("Double-click or press Enter to open"));
    recentLabel->setBuddy(m_list);
    for (const QString &path : recentFiles) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_list);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setData(Qt::UserRole, path);
    }
    if (recentFiles.isEmpty()) {
        auto *none = new QListWidgetItem(tr("(no recent projects)"), m_list);
        none->setFlags(Qt::NoItemFlags);
    }
    actions->addWidget(m_list, 1);
    m_openRecent =
        makeButton(tr("Open &Selected"), tr("Open the selected recent project"), "startOpenRecent");
    m_openRecent->setEnabled(false);
    layout->addLayout(actions, 1, 1, 2, 1);
    layout->setColumnStretch(0, 3);
    layout->setColumnStretch(1, 2);

    connect(m_demo, &QPushButton::clicked, this, [this] { choose(OpenDemo); });
    connect(m_new, &QPushButton::clicked, this, [this] { choose(NewProject); });
    connect(m_open, &QPushButton::clicked, this, [this] { choose(OpenFile); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        m_openRecent->setEnabled(item && !item->data(Qt::UserRole).toString().isEmpty());
    });
    auto openItem = [this](QListWidgetItem *item) {
        if (!item || item->data(Qt::UserRole).toString().isEmpty())
            return;
        m_recent = item->data(Qt::UserRole).toString();
        choose(OpenRecent);
    };
    connect(m_list, &QListWidget::itemActivated, this, openItem);
    connect(m_openRecent, &QPushButton::clicked, this,
            [this, openItem] { openItem(m_list->currentItem()); });
    setTabOrder(m_demo, m_new);
    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_list);
    setTabOrder(m_list, m_openRecent);
    m_demo->setFocus();
    resize(860, 520);
}

QPushButton *StartPage::button(Choice choice) const
{
    switch (choice) {
    case NewProject:
        return m_new;
    case OpenFile:
        return m_open;
    case OpenRecent:
        return m_openRecent;
    case OpenDemo:
        return m_demo;
    case None:
        break;
    }
    return nullptr;
}

void StartPage::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace cc
