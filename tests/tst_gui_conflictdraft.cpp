// The conflict page's draft and three-way model on their own, without an engine: a conflict like the
// demo's (a record created on both sides, so no base; one field in conflict; one field both sides
// changed that the pipeline's strategy decides) — what may be picked, what Result shows, what a
// resolution needs — and undo and redo skipping the steps of a conflict that was applied.

#include "conflicts/conflictdraft.h"
#include "conflicts/conflictmergemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

using namespace concord;

class TstConflictDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void strategyFieldsAndTheDraft();
};

void TstConflictDraft::strategyFieldsAndTheDraft()
{
    // A conflict like the demo's: the record created on both sides (no base), channel in conflict,
    // email changed on both sides but decided by the pipeline's field_priority.
    ConflictDraft draft;
    ConflictMergeModel model(&draft);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto cell = [](const char *text) {
        ConflictCell c;
        c.text = QString::fromUtf8(text);
        return c;
    };
    ConflictCell none;
    none.absent = true;
    ConflictView c;
    c.id = 99;
    c.pipeline = QStringLiteral("contacts");
    c.kind = QStringLiteral("insert");
    c.status = QStringLiteral("open");
    c.sourceSystem = QStringLiteral("crm");
    c.targetSystem = QStringLiteral("service");
    c.fields = QStringList{QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("channel")};
    c.conflicting = QStringList{QStringLiteral("channel")};
    c.changedSource = c.changedTarget = QStringList{QStringLiteral("email"), QStringLiteral("channel")};
    c.base = {none, none, none};
    c.source = {cell("Li Na"), cell("li@crm.cn"), cell("微信")};
    c.target = {cell("Li Na"), cell("li@service.cn"), cell("邮件")};
    c.masked = {false, false, false};
    model.setConflict(c);
    const int name = model.rowOfField(QStringLiteral("name"));
    const int email = model.rowOfField(QStringLiteral("email"));
    const int channel = model.rowOfField(QStringLiteral("channel"));

    // No base to take.
    QCOMPARE(model.index(channel, ConflictMergeModel::BaseColumn).data().toString(), QStringLiteral("—"));
    QVERIFY(!model.index(channel, ConflictMergeModel::BaseColumn).data(ConflictMergeModel::PickableRole).toBool());
    QVERIFY(!model.pick(channel, FieldChoice::Take::Base));
    QCOMPARE(draft.undoStack()->count(), 0);
    // email: the strategy decides unless the steward chooses; only channel is required.
    QVERIFY(!model.index(email, ConflictMergeModel::FieldColumn).data(ConflictMergeModel::ConflictingRole).toBool());
    QCOMPARE(model.index(email, ConflictMergeModel::ResultColumn).data().toString(), QStringLiteral("(by strategy)"));
    QCOMPARE(model.undecidedFields(), QStringList{QStringLiteral("channel")});
    QVERIFY(model.pick(email, FieldChoice::Take::Source));
    QCOMPARE(model.index(email, ConflictMergeModel::ResultColumn).data().toString(), QStringLiteral("li@crm.cn"));
    QVERIFY(!model.isComplete());
    QVERIFY(model.pick(channel, FieldChoice::Take::Target));
    QVERIFY(model.isComplete());
    QCOMPARE(model.index(channel, ConflictMergeModel::ResultColumn).data().toString(), QStringLiteral("邮件"));
    // The same on both sides: nothing to choose.
    QVERIFY(!model.pick(name, FieldChoice::Take::Source));
    QCOMPARE(model.index(name, ConflictMergeModel::ResultColumn).data().toString(), QStringLiteral("Li Na"));

    // Steps of an applied conflict are skipped by undo and redo; the others still undo.
    ConflictDecision other;
    draft.pick(100, QStringLiteral("status"), FieldChoice{FieldChoice::Take::Base, QString(), false}, QStringLiteral("on 100"));
    draft.pick(99, QStringLiteral("channel"), FieldChoice{FieldChoice::Take::Source, QString(), false}, QStringLiteral("again on 99"));
    QCOMPARE(draft.undoText(), QStringLiteral("again on 99"));
    draft.forget({99});
    QVERIFY(model.decision() == ConflictDecision());
    QCOMPARE(draft.undoText(), QStringLiteral("on 100"));
    draft.undo();
    QVERIFY(draft.decision(100) == other);
    QVERIFY(!draft.canUndo());
    QVERIFY(draft.canRedo());
    draft.redo();
    QCOMPARE(draft.decision(100).fields.value(QStringLiteral("status")).take, FieldChoice::Take::Base);
    QVERIFY(!draft.canRedo());
}

QTEST_MAIN(TstConflictDraft)
#include "tst_gui_conflictdraft.moc"
