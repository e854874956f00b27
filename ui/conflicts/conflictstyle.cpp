#include "conflicts/conflictstyle.h"

#include "consistency/consistencystyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace concord::conflictstyle {

namespace {

// Mid tones, as consistencystyle's kind colours: readable as tints on a light and on a dark base.
const QColor Amber(0xe0, 0x8e, 0x0b);
const QColor Blue(0x2f, 0x74, 0xc0);
const QColor Green(0x2e, 0x9d, 0x4f);
const QColor Red(0xd8, 0x4a, 0x3c);

} // namespace

QColor conflictBackground(const QPalette &palette)
{
    return consistencystyle::tint(palette, Amber, 0.30);
}

QColor changedBackground(const QPalette &palette)
{
    return consistencystyle::tint(palette, Blue, 0.16);
}

QColor chosenBackground(const QPalette &palette)
{
    return consistencystyle::tint(palette, Green, 0.30);
}

QColor undecidedBackground(const QPalette &palette)
{
    return consistencystyle::tint(palette, Red, 0.18);
}

QColor warningColor()
{
    return QColor(0xb3, 0x6b, 0x00);
}

QIcon conflictIcon()
{
    static QIcon icon;
    if (icon.isNull()) {
        for (const int size : {16, 24, 32}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            p.scale(size / 24.0, size / 24.0);
            // Two sides (blue) meeting in the result (amber).
            p.setPen(QPen(Blue, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(QColor(0xdb, 0xe8, 0xf6));
            p.drawRoundedRect(QRectF(2.5, 3, 7, 8), 1.5, 1.5);
            p.drawRoundedRect(QRectF(14.5, 3, 7, 8), 1.5, 1.5);
            p.setBrush(Qt::NoBrush);
            QPainterPath join;
            join.moveTo(6, 11);
            join.cubicTo(6, 15, 12, 13, 12, 16);
            join.moveTo(18, 11);
            join.cubicTo(18, 15, 12, 13, 12, 16);
            p.drawPath(join);
            p.setPen(QPen(Amber.darker(110), 1.6));
            p.setBrush(QColor(0xfb, 0xe3, 0xb5));
            p.drawRoundedRect(QRectF(8, 16, 8, 6), 1.5, 1.5);
            p.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

} // namespace concord::conflictstyle
