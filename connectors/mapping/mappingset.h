#pragma once

#include "mapping/mapping.h"
#include "mapping/sourceprofile.h"
#include "unified/unifiedinvoice.h"

namespace Orion {

// A set of mapping rules for one target (the approved suggestions of a connection's stream), and
// applying it to source records.
class MappingSet
{
public:
    struct FieldError
    {
        QString targetField;
        QString sourcePath;
        QString message;
    };
    struct Result
    {
        QJsonObject unified;      // the unified record's JSON (UnifiedCustomer/UnifiedInvoice::toJson shape, no raw)
        QList<FieldError> errors; // collected, never thrown: a field with an error is left empty
    };

    MappingSet() = default;
    MappingSet(MappingTarget target, MappingSuggestions rules);

    MappingTarget target() const { return m_target; }
    const MappingSuggestions &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }
    void setDefaultRegion(const QString &region) { m_defaultRegion = region; }

    Result apply(const QJsonObject &record) const;
    // The unified record (connection, source and raw filled in); false when it is not valid (e.g.
    // no external_id), with the reason in *error. Field errors are appended to *fieldErrors.
    bool toCustomer(const QJsonObject &record, UnifiedCustomer *customer, QList<FieldError> *fieldErrors, QString *error) const;
    bool toInvoice(const QJsonObject &record, UnifiedInvoice *invoice, QList<FieldError> *fieldErrors, QString *error) const;

    // Checks before approval, against sample records.
    struct RuleCheck
    {
        QString targetField;
        QString sourcePath;
        int applied = 0; // samples with a value at the path
        int failed = 0;  // … whose transformation failed
        QString firstError;
        double errorRate() const { return applied ? double(failed) / double(applied) : 0.0; }
    };
    struct Validation
    {
        QList<RuleCheck> rules;
        QStringList missingRequired; // required unified fields with no rule
        QStringList unknownTargets;  // rules for fields the target does not have
        QStringList problems;        // human-readable, one per issue
        bool ok() const { return problems.isEmpty(); }
    };
    Validation validate(const QList<QJsonObject> &samples, double maxErrorRate = 0.1) const;

private:
    void compile();

    MappingTarget m_target = MappingTarget::Customer;
    MappingSuggestions m_rules;
    struct Compiled
    {
        SourceProfile::CompiledPath path;
        ValueKind kind = ValueKind::Text;
        bool known = false;
    };
    QList<Compiled> m_compiled; // parallel to m_rules
    QString m_defaultRegion;
};

} // namespace Orion
