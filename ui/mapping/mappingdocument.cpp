#include "mapping/mappingdocument.h"

#include "mapping/mapper.h"
#include "workspace/mappingloader.h"

#include <QUndoCommand>

#include <algorithm>

namespace concord {

namespace {

// Ids for QUndoCommand::mergeWith: one per kind of edit that may merge.
enum MergeId { TypingInField = 1 };

// One edit: the rules before and after (a mapping is small; whole snapshots keep every command
// trivially correct, including edits made in the YAML tab).
class SetRulesCommand final : public QUndoCommand
{
public:
    SetRulesCommand(MappingDocument *doc, MappingDocument::State before, MappingDocument::State after,
                    MappingChange change, const QString &text, bool typing)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_change(std::move(change))
        , m_typing(typing)
    {
    }

    void undo() override { m_doc->applyState(m_before, m_change); }
    void redo() override { m_doc->applyState(m_after, m_change); }
    int id() const override { return m_typing ? TypingInField : -1; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *o = static_cast<const SetRulesCommand *>(other);
        if (!o->m_typing || o->m_change.kind != MappingChange::Kind::Field || o->m_change.field != m_change.field)
            return false;
        m_after = o->m_after;
        return true;
    }

private:
    MappingDocument *m_doc;
    MappingDocument::State m_before;
    MappingDocument::State m_after;
    MappingChange m_change;
    bool m_typing;
};

} // namespace

MappingDocument::MappingDocument(std::shared_ptr<const Workspace> workspace, MappingRules rules, QString originalText,
                                 QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_rules(std::move(rules))
    , m_originalText(std::move(originalText))
    , m_savedVersion(m_rules.version)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

const DatasetDef *MappingDocument::sourceDataset() const
{
    return m_workspace->dataset(m_rules.source);
}

const DatasetDef *MappingDocument::targetDataset() const
{
    return m_workspace->dataset(m_rules.target);
}

MappingText MappingDocument::yaml() const
{
    return writeMapping(m_rules, m_originalText);
}

ErrorList MappingDocument::problems() const
{
    ErrorList errors;
    const DatasetDef *source = sourceDataset();
    const DatasetDef *target = targetDataset();
    if (!source)
        errors.append(Error{ErrorCode::MappingError, QObject::tr("unknown source dataset '%1'").arg(m_rules.source),
                            m_rules.location});
    if (!target)
        errors.append(Error{ErrorCode::MappingError, QObject::tr("unknown target dataset '%1'").arg(m_rules.target),
                            m_rules.location});
    if (source && target)
        CompiledMapping::compile(m_rules, *source, *target, &errors);
    return errors;
}

void MappingDocument::push(MappingRules after, const MappingChange &change, const QString &description, bool typing,
                           const QString *newText)
{
    after.version = mappingVersion(after);
    State before{m_rules, m_originalText};
    State next{std::move(after), newText ? *newText : m_originalText};
    m_undo.push(new SetRulesCommand(this, std::move(before), std::move(next), change, description, typing));
}

void MappingDocument::applyState(const State &state, const MappingChange &change)
{
    m_rules = state.rules;
    m_originalText = state.originalText;
    Q_EMIT changed(change);
}

void MappingDocument::link(const QString &sourceField, const QString &targetField)
{
    MappingRules after = m_rules;
    FieldRule *rule = nullptr;
    for (FieldRule &r : after.fields)
        if (r.target == targetField)
            rule = &r;
    if (!rule) {
        FieldRule fresh;
        fresh.target = targetField;
        after.fields.append(fresh);
        rule = &after.fields.last();
    }
    if (rule->from == sourceField && rule->expr.isEmpty() && !rule->constant)
        return;
    rule->from = sourceField;
    rule->expr.clear();
    rule->constant.reset();
    push(std::move(after), MappingChange{MappingChange::Kind::Field, targetField},
         tr("Link %1 → %2").arg(sourceField, targetField), false);
}

void MappingDocument::unlink(const QString &targetField)
{
    MappingRules after = m_rules;
    const auto removed = std::remove_if(after.fields.begin(), after.fields.end(),
                                        [&](const FieldRule &r) { return r.target == targetField; });
    if (removed == after.fields.end())
        return;
    after.fields.erase(removed, after.fields.end());
    push(std::move(after), MappingChange{MappingChange::Kind::Field, targetField}, tr("Remove the rule of %1").arg(targetField),
         false);
}

void MappingDocument::setRule(const FieldRule &rule, const QString &description, bool typing)
{
    MappingRules after = m_rules;
    bool replaced = false;
    for (FieldRule &r : after.fields) {
        if (r.target == rule.target) {
            r = rule;
            replaced = true;
        }
    }
    if (!replaced)
        after.fields.append(rule);
    if (mappingVersion(after) == mappingVersion(m_rules) && replaced) {
        // Same meaning; a description-only edit still counts.
        const FieldRule *old = m_rules.rule(rule.target);
        if (old && old->description == rule.description)
            return;
    }
    push(std::move(after), MappingChange{MappingChange::Kind::Field, rule.target}, description, typing);
}

void MappingDocument::setValidation(const QStringList &required, const QStringList &unique,
                                    const QList<ValidationRule> &rules, const QString &description)
{
    MappingRules after = m_rules;
    after.required = required;
    after.unique = unique;
    after.rules = rules;
    if (mappingVersion(after) == mappingVersion(m_rules))
        return;
    push(std::move(after), MappingChange{MappingChange::Kind::Validation, QString()}, description, false);
}

bool MappingDocument::replaceFromYaml(const QString &text, ErrorList *errors)
{
    ErrorList found;
    auto loaded = MappingLoader::loadText(m_rules.path, text.toUtf8(), &found);
    if (!loaded || !found.isEmpty()) {
        if (errors)
            *errors = found;
        return false;
    }
    loaded->absolutePath = m_rules.absolutePath;
    if (text == yaml().yaml)
        return true; // what the tab shows already: nothing to undo
    // The typed text becomes the original whose comments and layout later saves keep, so an edit
    // of only a comment is an edit too (undoable, and it makes the document modified).
    push(std::move(*loaded), MappingChange{MappingChange::Kind::Everything, QString()}, tr("Edit the YAML text"), false,
         &text);
    return true;
}

void MappingDocument::markSaved(const QString &text)
{
    m_originalText = text;
    m_savedVersion = m_rules.version;
    m_undo.setClean();
}

} // namespace concord
