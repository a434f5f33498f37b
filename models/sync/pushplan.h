#pragma once

#include "unified/unifiedcustomer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Orion {

// What a push would do to each record, found by a dry run before anything is written (`orion push
// --dry-run`, the Push dialog): create it, update it (field by field), leave it (unchanged), or
// refuse it (and why). Records are matched to the target's by e-mail, case-insensitively.
struct PushChange
{
    QString field; // the unified field (snake_case), e.g. "phone" or "address.city"
    QString before, after;
    friend bool operator==(const PushChange &, const PushChange &) = default;
};

struct PushItem
{
    enum class Action { Create, Update, Unchanged, Refused };
    Action action = Action::Create;
    UnifiedCustomer record;    // as it would be written
    QString targetId;          // the target's record it updates (Update, Unchanged)
    QList<PushChange> changes; // Update: what changes
    QString reason;            // Refused: one sentence
};

struct PushPlan
{
    Q_DECLARE_TR_FUNCTIONS(Orion::PushPlan)
public:
    QString target; // the connection written to
    QList<PushItem> items;

    int count(PushItem::Action action) const;
    UnifiedCustomers toWrite() const; // Create and Update, in order
    QJsonObject toJson() const;       // {target, creates, updates, unchanged, refused, records: [...]}
    QString summary() const;          // "3 to create, 1 to update, 5 unchanged, 1 refused"

    static QString actionName(PushItem::Action action);  // create / update / unchanged / refused
    static QString actionLabel(PushItem::Action action); // translated
    // "Name <e-mail>" (or whichever of the two the record has), as the plan, Activity and the dialog show it.
    static QString nameOf(const UnifiedCustomer &c);
    static QString describe(const UnifiedCustomer &c);
    // The fields a push compares and writes, as (name, value) of one record.
    static QList<std::pair<QString, QString>> fields(const UnifiedCustomer &c);
};

} // namespace Orion
