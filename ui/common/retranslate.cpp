#include "common/retranslate.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QWidget>

namespace Orion {

namespace {

// A child of the owner that watches the owner's events (so it goes when the owner goes).
class LanguageHook : public QObject
{
public:
    LanguageHook(QWidget *owner, std::function<void()> apply)
        : QObject(owner)
        , m_apply(std::move(apply))
    {
        owner->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_apply();
        return false;
    }

private:
    std::function<void()> m_apply;
};

} // namespace

void onLanguageChange(QWidget *owner, std::function<void()> apply)
{
    apply();
    new LanguageHook(owner, std::move(apply));
}

void addLabelledRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

void setRowLabel(QFormLayout *form, QWidget *field, const QString &text)
{
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
        label->setText(text);
}

void setItemTexts(QComboBox *combo, const QStringList &texts, int first)
{
    for (int i = 0; i < texts.size(); ++i)
        combo->setItemText(first + i, texts.at(i));
}

void retranslateModel(QAbstractItemModel *model)
{
    const int rows = model->rowCount();
    const int columns = model->columnCount();
    if (columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (rows > 0 && columns > 0)
        Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, columns - 1));
}

} // namespace Orion
