/** The words of each reading guess (reading-uncertain with variant 'guess'), in Japanese and English: findingText.ts renders them. */
import type { ReadingGuessParams } from './findingParams';

const cellList = (cells: string[]) => cells.join('、');

/** The words of each reading guess (reading-uncertain with variant 'guess'). */
export const GUESS_JA: Record<ReadingGuessParams['reason'], (p: ReadingGuessParams) => string> = {
  'period-inferred': (p) =>
    `評価対象期間がどこにも書かれていないため、実績のある最新の期間（${p.period}）と判断して、その列（${cellList(p.cells)}など）の実績で評価しました。別の期間の評価であれば、評価対象期間を指定してください。`,
  'period-blank': (p) =>
    `評価対象期間は実績のある最新の期間（${p.period}）と判断しましたが、この指標の${p.period}の実績（${p.cells[0]}）は空欄で、前の期間の実績（${cellList(p.cells.slice(1))}）はあります。評価対象期間と実績の欄を確認してください。`,
  'column-chosen': (p) => `同じ値の候補となる欄が複数あります（${cellList(p.cells)}）。${p.cells[0]}を使いました。正しい欄か確認してください。`,
  'year-note-differs': (p) =>
    `${p.cells[0]}の値には${p.period ? `${p.period}とは` : ''}別の年の注記があります${p.cells[1] ? `（${p.cells[1]}）` : ''}。どの年度の値か確認してください。`,
  'name-from-description': (p) => `指標名の欄が見つからないため、近くの見出し（${p.cells[0]}）を指標名としました。指標名を確認してください。`,
  'join-fuzzy': (p) =>
    `目標（${p.cells[0]}）と実績（${cellList(p.cells.slice(1))}）を、名称が似ているため同じ指標として読みました。同じ指標か確認してください。`,
  'measures-by-order': (p) =>
    `目標（${p.cells[1]}）と実績（${p.cells[0]}）の複数の数値は項目名が一致しないため、書かれた順に組み合わせて評価しました。組み合わせが正しいか確認してください。`,
  'target-from-baseline': (p) =>
    `目標（${p.cells[0]}）は数値でなく基準値との関係（割合・水準・維持など）で書かれているため、基準値（${p.cells[1]}）から目標値を求めました。求めた目標値と増減の向きを確認してください。`,
  'target-from-last-year': (p) =>
    `目標（${p.cells[0]}）は前年度の実績をもとに書かれているため、前年度の実績（${p.cells[1]}）から目標値を計算し、増減の向きもそこから読み取りました。計算した目標値と向きを確認してください。`,
  'target-from-remarks': (p) => `目標の欄が空欄のため、備考（${p.cells[0]}）に書かれた目標値を使いました。目標値を確認してください。`,
  'parts-summed': (p) =>
    `年度計の欄がないため、四半期などの実績（${cellList(p.cells)}）を合計して実績としました。合計してよい指標か（平均や期末の値ではないか）確認してください。`,
  'codes-disagree': (p) =>
    `右側の表のコード（${p.cells[0]}）が同じ行の指標のコード（${p.cells[1]}）と違い、右側の表に同じコードの行もないため、同じ行の値として読みました。行の対応を確認してください。`,
  'rows-by-position': (p) =>
    `右側の表（${p.cells[0]}）には指標名の欄がないため、同じ行の指標名（${p.cells[1]}）の値として読みました。右側の表には指標名のない行（${p.cells[2]}）にも数値があり、行がずれているかもしれません。行の対応を確認してください。`,
  'period-from-date': (p) =>
    `評価対象期間が書かれておらず、ブックのどの年度の欄からも判断できないため、シートの作成日など（${cellList(p.cells)}）から報告の対象となる年度を評価対象期間としました（4月〜9月の作成は前年度の報告とみなします）。どの年度の値か確認し、評価対象期間を指定してください。`,
  'period-unstated': (p) =>
    `評価対象期間が書かれておらず、ブックのどの年度の欄からも判断できないため、年度の書かれていない目標・実績の欄（${cellList(p.cells)}など）を評価対象期間の値として評価しました。どの年度の値か確認し、評価対象期間を指定してください。`,
  'name-implausible': (p) =>
    `指標名として読んだ${p.cells[0]}は文章または事業の見出し（決算額などの金額つき）で、指標名らしくありません。指標の行か、指標名の欄が正しいか確認してください。`,
  'attainment-implausible': (p) =>
    `実績（${p.cells[0]}）が目標（${p.cells[1]}）の20倍を超えるか20分の1未満で、別の行や列の値を読んだ可能性があります。目標と実績の欄を確認してください。`,
  'direction-note-similar': (p) =>
    `${p.cells[0]}の注記（小さいほど良い）はどの指標名とも一致しませんが、言葉の多くが共通する指標（${p.cells[1]}）についての注記と判断し、その指標を減少を目指す指標として評価しました。注記が指す指標を確認してください。`,
  'month-end-figure': (p) =>
    `年間計の欄（${p.cells[1]}）が空欄または「－」のため、各月末の値とみなし、3月の値（${p.cells[0]}）を年間の実績として評価しました。年度末の値でよいか確認してください。`,
  'total-before-year-end': (p) =>
    `年間の合計（${p.cells[0]}）は、年度の最後の月（期）まで記入されていない途中までの合計です（数値のある最後の欄：${p.cells[1]}）。年度途中の集計か、以降の月に実績がなかったのかが書かれていないため、記載どおりの値を年度の実績として評価しました。年度の実績として評価してよいか確認してください。`,
  'parts-against-whole': (p) =>
    `実績（${p.cells[0]}）は複数の項目に分けて書かれていますが、目標（${p.cells[1]}）は一つの値です。合計で目標と比べるのか、別々の指標なのかが分からないため、各項目をそれぞれ目標と比べて評価しました。確認してください。`,
  'total-row-read': (p) =>
    `合計の行（${p.cells[0]}）は上の各行の合計で、目標（${p.cells[1]}）が記入されているため、表全体の指標として実績（${p.cells[2]}）を評価しました。指標名（表の項目名）と、内訳の各行を別に評価するかを確認してください。`,
  'target-per-period': (p) =>
    `目標（${p.cells[1]}）は1日・1か月当たりや平均の値として設定されており、年間の合計（${p.cells[0]}）とは比べられないため、実績として読み取っていません。目標と同じ単位の実績（1日平均・月平均など）を確認してください。`,
  'rate-total-summed': (p) =>
    `率（％）の行の年間の合計（${p.cells[0]}）は、各月の率（${p.cells[1]}〜${p.cells[2]}）を足し上げた値で、年度の率ではないため、実績として読み取っていません。年度の率（各月の平均や年度全体の率）を確認してください。`,
  'year-to-date-report': (p) =>
    `同じ様式で月ごと・四半期ごとに作るシートのうち、数値のある最新のこのシートで読みましたが、年度の最終月（四半期）の報告ではないため、実績（${p.cells[0]}）は年度途中までの値です（指標 ${p.cells[1]}）。年度の実績として評価してよいか確認してください。`,
  'actual-in-brackets': (p) =>
    `実績（${p.cells[0]}）は括弧書きの値で、前年度の実績（${p.cells[1]}）と同じです。前回調査などの値を記載したものとみなし、記載どおりの値で評価しました。その年度の値でよいか確認してください。`,
  'actual-maybe-copied': (p) =>
    `実績（${p.cells[1]}）は前年度の実績（${p.cells[2]}）と同じ値で、備考（${p.cells[0]}）にはその年度の値が集計中などと書かれています。前年度の値を転記したものかもしれませんが、そうとは書かれていないため記載どおりの値で評価しました。確認してください。`,
  'cumulative-single-year': (p) =>
    `目標（${p.cells[0]}）は計画期間の累計（延べ）の値ですが、累計の実績の欄がないため、年度ごとの実績（${cellList(p.cells.slice(1))}）のうち${p.period ?? '評価対象期間'}の値と比べました。累計の実績と比べるべきか確認してください。`,
  'cumulative-start-unknown': (p) =>
    `目標（${p.cells[0]}）は計画期間の累計（延べ）の値で、累計の行の実績（${cellList(p.cells.slice(1))}）の${p.period ?? '評価対象期間'}の値と比べましたが、その累計が計画期間の初めから数えたものかが確かめられません（単年度の行を足し上げた値と合わない、前の年より減っている、または括弧に計画期間より前の起点が書かれている、のいずれかです）。計画期間の累計の実績と比べるべきか確認してください。`,
  'level-dash-kept': (p) =>
    `累計の実績（${p.cells[0]}）は「－」で、同じ年度の単年度の実績（${p.cells[1]}）は目標（${p.cells[2]}）の半分に満たないため、その年度に増えた分とみなし、実績として読み取らず評価していません。単年度の欄がその年度の率（調査の結果や利用の割合など）であれば、累計の欄にもその値を書くか、評価を記入してください。`,
  'result-text-unread': (p) =>
    `指標（${p.cells[0]}）の実績は文章（${p.cells[1]}）に書かれていますが、評価年度の実績値を一つに決められなかったため、実績を読み取っていません（文章に指標の単位の数値がない・複数ある・前年度からの増減だけが書かれている、指標の単位が分からない、年度途中の見直しの欄にしか書かれていない、のいずれかです）。文章に評価年度の実績値を一つ、単位を付けて書いてください。`,
  'figures-unread': (p) =>
    `実績（${p.cells[0]}）を読み取れませんでしたが、同じ行にどの指標の値としても読んでいない数値（${cellList(p.cells.slice(1))}）があります。別の列や表の値を読むべきだった可能性があります。目標と実績の欄を確認してください。`,
  'direction-unstated': (p) =>
    `目標（${p.cells[1]}）が基準値（${p.cells[0]}）を下回っていますが、増やす指標か減らす指標かがどこにも書かれていないため、増加を目指す指標として評価しました。減少を目指す指標なら、評価設定または方向の欄で指定してください。`,
  'target-past-year': (p) =>
    `${p.period ?? '評価対象期間'}の目標が書かれていないため、最後の目標（${p.cells[0]}）と実績（${p.cells[1]}）を比べて評価しましたが、この目標は${p.period ?? '評価対象期間'}より前の年度の目標です（中間目標や、期間の終わった計画の目標）。この目標で評価してよいか確認してください。`,
  'targets-falling': (p) =>
    `年度ごとの目標が年々下がっています（${p.cells[0]} から ${p.cells[1]}）が、増やす指標か減らす指標かがどこにも書かれていないため、増加を目指す指標として評価しました。減少を目指す指標なら、評価設定または方向の欄で指定してください。`,
  'figures-differ': (p) =>
    `同じ名称の指標が別のシートにもあり、実績が違います（${p.cells[0]} と ${p.cells[1]}）。どちらが速報値でどちらが確定値かなどが書かれていないため、両方を評価しました。正しい値を確認してください。速報値と確定値なら、シートの表題にそう書くと確定値だけを読みます。`,
  'targets-differ': (p) =>
    `同じ名称の指標が別のシートにもあり、目標が違います（${p.cells[0]} と ${p.cells[1]}）。ほかの指標は同じ数値を写した一覧・総括表ですが、どちらの目標が正しいかが書かれていないため、両方を評価しました。正しい値を確認してください。一覧に「数値は個票を正とします」のように書くと、個票の数値だけを読みます。`,
  'target-negative': (p) =>
    `目標（${p.cells[0]}）が負の値で、増やす指標か減らす指標かがどこにも書かれていないため、負の幅が大きいほどよい（削減・減少の目標）として、実績（${p.cells[1]}）と大きさを比べて評価しました。負の値を下限とする指標（社会増減数など）なら、評価設定または方向の欄で「増加」と指定してください。`,
  'direction-unread': (p) =>
    `方向の欄（${p.cells[0]}）の言葉を増やす・減らすのどちらとも読み取れなかったため、増加を目指す指標として評価しました。減少を目指す指標なら、方向の欄を「減少」などと書くか、評価設定で方向を指定してください。`,
  'maintain-exceeded': (p) =>
    `方向の欄（${p.cells[0]}）は「維持」で、実績（${p.cells[1]}）は目標（${p.cells[2]}）を上回っています。多いほど良い指標として達成と評価しましたが、少ないほど良い指標（比率や費用など）なら目標を超えたことは未達成です。どちらか確認し、評価設定で方向を指定してください。`,
  'measure-differs': (p) =>
    `実績（${p.cells[0]}）と目標（${p.cells[1]}）は別の項目（言葉や単位が異なるか、前年度比・達成率などの割合）を書いているため、組み合わせず評価しませんでした。目標と同じ項目の実績を確認してください。`,
  'targets-row-below': (p) =>
    `指標の行の下に、指標名も区分もない数値の行（${cellList(p.cells)}）があり、上の行が空欄の目標の欄に数値があるため、その行を各年度の目標値として読みました。上下の行が何を表すか（例：上段：実績値／下段：目標値）を確認してください。`,
  'sub-rows-unsplit': (p) =>
    `指標名（${p.cells[0]}）は複数の行（区分の欄 ${cellList(p.cells.slice(1))}）にまたがって結合されていますが、区分の欄が結合されているか空欄の行があり、行ごとの区分が分からないため、最初の行（${p.cells[1]}の行）の値を指標全体の値として読みました。ほかの行が合計や別の区分でないか、区分の欄を確認してください。`,
  'name-line-cut': (p) =>
    `指標名の欄（${p.cells[0]}）の1行目を指標名、2行目を事業の概要として読みましたが、2行目の初めの語（「費用の」「拡大に」など）が1行目の終わりの語に続く、途中で改行された指標名かもしれません。指標名を確認してください。`,
  'target-shared-basis': (p) =>
    `目標（${cellList(p.cells.slice(0, -2))}）は単年度の行と累計の行（${p.cells[p.cells.length - 2]} と ${p.cells[p.cells.length - 1]}）にまたがって結合されており、どちらの数え方の目標かが目標の欄にも見出しにも書かれていないため、両方の行をこの目標で評価しました。目標がどちらの行のものかを確認し、結合を解いてもう一方の行の目標の欄を「－」としてください。`,
};

export const GUESS_EN: Record<ReadingGuessParams['reason'], (p: ReadingGuessParams) => string> = {
  'period-inferred': (p) =>
    `No evaluation period is stated: it was taken to be ${p.period}, the latest period with actuals, and the actuals of its column (${p.cells.join(', ')} etc.) were graded. If another period is being evaluated, state it.`,
  'period-blank': (p) =>
    `The evaluation period was taken to be ${p.period}, the latest period with actuals, but this indicator's actual for ${p.period} (${p.cells[0]}) is empty while the previous period's (${p.cells.slice(1).join(', ')}) is filled. Check the evaluation period and the actual.`,
  'column-chosen': (p) => `Several cells could hold this figure (${p.cells.join(', ')}); ${p.cells[0]} was used. Check that it is the right one.`,
  'year-note-differs': (p) =>
    `The value in ${p.cells[0]} carries a note of another year${p.period ? ` than ${p.period}` : ''}${p.cells[1] ? ` (in ${p.cells[1]})` : ''}. Check which year it is for.`,
  'name-from-description': (p) => `No name cell was found; the heading nearby (${p.cells[0]}) was taken as the indicator's name. Check the name.`,
  'join-fuzzy': (p) =>
    `The target (${p.cells[0]}) and the actual (${p.cells.slice(1).join(', ')}) were joined as one indicator because their names are alike. Check that they are the same indicator.`,
  'measures-by-order': (p) =>
    `The several figures of the target (${p.cells[1]}) and of the actual (${p.cells[0]}) have labels that do not match, so they were paired in the order written. Check the pairing.`,
  'target-from-baseline': (p) =>
    `The target (${p.cells[0]}) is written relative to the baseline (a share, a level or 維持), not as a figure, so its figure was worked out from the baseline (${p.cells[1]}). Check the target worked out and the way (up or down).`,
  'target-from-last-year': (p) =>
    `The target (${p.cells[0]}) is written relative to last year's actual, so its figure and its way (up or down) were computed from that actual (${p.cells[1]}). Check the computed target and the way.`,
  'target-from-remarks': (p) => `The target cell is empty, so the target written in the remarks (${p.cells[0]}) was used. Check the target.`,
  'parts-summed': (p) =>
    `There is no total for the period, so the actuals of its parts (${p.cells.join(', ')}) were summed. Check that the indicator adds up (not an average or a period-end figure).`,
  'codes-disagree': (p) =>
    `The code of the table on the right (${p.cells[0]}) is not the code of the indicator on its row (${p.cells[1]}), and no row of that table has the indicator's code, so its figures were read as those of the same row. Check which row belongs to which indicator.`,
  'rows-by-position': (p) =>
    `The table on the right (${p.cells[0]}) has no names of its own, so its figure was read as the one of the name on the same row (${p.cells[1]}). It also holds a figure on a row without a name (${p.cells[2]}): its rows may not line up with the names. Check which row belongs to which indicator.`,
  'period-from-date': (p) =>
    `No evaluation period is stated and no year column of the workbook tells it, so the fiscal year the sheet reports was taken from the date it was made (${p.cells.join(', ')}; a sheet made in April to September is taken to report the year before). Check which year the figures are for and state the evaluation period.`,
  'period-unstated': (p) =>
    `No evaluation period is stated and no year column of the workbook tells it, so the targets and actuals of columns without a year (${p.cells.join(', ')} etc.) were graded as the evaluation period's. Check which year they are for and state the evaluation period.`,
  'name-implausible': (p) =>
    `The name read from ${p.cells[0]} is a sentence or a project heading with its cost, not like an indicator's name. Check that this row is an indicator and that the name column is the right one.`,
  'attainment-implausible': (p) =>
    `The actual (${p.cells[0]}) is more than 20 times the target (${p.cells[1]}) or less than a twentieth of it: the figures may come from another row or column. Check the target and actual cells.`,
  'direction-note-similar': (p) =>
    `The note in ${p.cells[0]} (lower is better) matches no indicator's name, but shares most of its words with the indicator in ${p.cells[1]}: it was taken as a note about that one, graded as an indicator to decrease. Check which indicator the note means.`,
  'month-end-figure': (p) =>
    `The year's total (${p.cells[1]}) is blank or struck through, so the figure was taken as a month-end count and March's (${p.cells[0]}) was graded as the year's actual. Check that the year-end value is the right one.`,
  'total-before-year-end': (p) =>
    `The year's total (${p.cells[0]}) was written while the year's last months (or quarters) are still blank (the last with a figure: ${p.cells[1]}). Nothing says whether it is the year so far or the later months had nothing to count, so it was graded as written as the year's actual. Check whether it may be graded as the year's.`,
  'parts-against-whole': (p) =>
    `The actual (${p.cells[0]}) is written as several labelled parts, while the target (${p.cells[1]}) is one figure. Whether the parts add up to the target's whole or are separate measures is not clear, so each part was graded against the target. Check it.`,
  'total-row-read': (p) =>
    `The total row (${p.cells[0]}) adds up the rows above it and carries a target of its own (${p.cells[1]}): it was graded as the table's indicator on its actual (${p.cells[2]}). Check the indicator's name (the table's measure) and whether the rows above are graded apart.`,
  'target-per-period': (p) =>
    `The target (${p.cells[1]}) is set per day, per month or as an average, and cannot be compared with the year's total (${p.cells[0]}): the total was not read as the actual. Check the actual on the target's own basis (the daily or monthly average).`,
  'rate-total-summed': (p) =>
    `The year's total (${p.cells[0]}) of a row in percent adds up the months' rates (${p.cells[1]} to ${p.cells[2]}): it is no rate of the year, so it was not read as the actual. Check the year's rate (the months' average or the rate of the whole year).`,
  'year-to-date-report': (p) =>
    `Of the sheets reporting the year month by month (or quarter by quarter) in the same form, this is the latest with figures, but it does not report the year's last month (or quarter): the actual (${p.cells[0]}) is the year's so far (indicator ${p.cells[1]}). Check whether it may be graded as the year's actual.`,
  'actual-in-brackets': (p) =>
    `The actual (${p.cells[0]}) is a figure in brackets equal to the year before's (${p.cells[1]}): taken as the last survey's figure carried over, it was graded as written. Check whether it may stand for the year.`,
  'actual-maybe-copied': (p) =>
    `The actual (${p.cells[1]}) equals the year before's (${p.cells[2]}), and the remark (${p.cells[0]}) says the year's own figure is still being counted. It may be the year before's figure written again, but the remark does not say so: it was graded as written. Check it.`,
  'cumulative-single-year': (p) =>
    `The target (${p.cells[0]}) is a running total over the plan's term, but no cumulative actual was found, so the yearly actual of ${p.period ?? 'the evaluation period'} (among ${p.cells.slice(1).join(', ')}) was compared with it. Check whether the cumulative actual should be used.`,
  'cumulative-start-unknown': (p) =>
    `The target (${p.cells[0]}) is a running total over the plan's term and was compared with the 累計 row's actual of ${p.period ?? 'the evaluation period'} (among ${p.cells.slice(1).join(', ')}), but that running total is not shown to start with the term (it does not add up from the single-year row, it falls in some year, or its bracket names a start before the term). Check whether the term's own total should be used.`,
  'level-dash-kept': (p) =>
    `The 累計 actual (${p.cells[0]}) is 「－」 and the single-year actual of the same year (${p.cells[1]}) is below half the target (${p.cells[2]}), so it was taken as the points added that year and not read: no grade was given. If the single-year cell holds the year's rate itself (a survey's result, a use rate), write it in the 累計 cell too or enter the grade.`,
  'result-text-unread': (p) =>
    `The indicator's (${p.cells[0]}) result is written as text (${p.cells[1]}), but no single actual of the evaluation year could be taken from it, so no actual was read (the text has no figure in the indicator's unit, several, or only a change from last year; or the indicator has no unit; or only a mid-year review holds a result). Write the year's one actual, with its unit, in the text.`,
  'figures-unread': (p) =>
    `The actual (${p.cells[0]}) could not be read, yet the same row holds figures read as no indicator's (${p.cells.slice(1).join(', ')}): the actual may stand in another column or table. Check the target and actual cells.`,
  'direction-unstated': (p) =>
    `The target (${p.cells[1]}) is below the baseline (${p.cells[0]}), but nothing states whether the indicator should rise or fall: it was graded as one to increase. If lower is better, say so in the settings or a direction cell.`,
  'target-past-year': (p) =>
    `No target for ${p.period ?? 'the evaluation period'} is written, so the actual (${p.cells[1]}) was graded against the last target (${p.cells[0]}), but that target is of a year before ${p.period ?? 'the period'} (a mid-term target, or the target of a plan whose term has ended). Check that it is the target to grade by.`,
  'targets-falling': (p) =>
    `The yearly targets fall year after year (${p.cells[0]} to ${p.cells[1]}), but nothing states whether the indicator should rise or fall: it was graded as one to increase. If lower is better, say so in the settings or a direction cell.`,
  'figures-differ': (p) =>
    `An indicator of the same name on another sheet has another actual (${p.cells[0]} and ${p.cells[1]}). Nothing says which is the early and which the final figure, so both were graded. Check which is right; if they are 速報値 and 確定値, saying so in the sheets' titles makes only the final one read.`,
  'targets-differ': (p) =>
    `An indicator of the same name on another sheet has another target (${p.cells[0]} and ${p.cells[1]}). The summary copies the other indicators' figures as they are, but nothing says which target is right, so both were graded. Check which is right; a note on the summary such as 「数値は個票を正とします」 makes only the other sheets' figures read.`,
  'target-negative': (p) =>
    `The target (${p.cells[0]}) is negative and nothing states whether the indicator should rise or fall, so a larger reduction was taken as better and the actual (${p.cells[1]}) compared with the target by size. If the negative figure is a floor (a net migration, say), set the direction to up in the settings or a direction cell.`,
  'direction-unread': (p) =>
    `The direction cell (${p.cells[0]}) holds words read as neither more nor less is better, so the indicator was graded as one to increase. If lower is better, write 「減少」 or the like there, or set the direction in the settings.`,
  'maintain-exceeded': (p) =>
    `The direction cell (${p.cells[0]}) says 維持 (keep) and the actual (${p.cells[1]}) is above the target (${p.cells[2]}): it was graded as met, as if more were better, but if lower is better (a ratio, a cost) going above the target is a miss. Check which, and set the direction in the settings.`,
  'measure-differs': (p) =>
    `The actual (${p.cells[0]}) and the target (${p.cells[1]}) name different measures (other words or units, or a ratio such as 前年度比 / 達成率), so they were not paired and nothing was graded. Check the actual of the target's measure.`,
  'targets-row-below': (p) =>
    `Under the indicator's row stands a row of figures with no name or label (${p.cells.join(', ')}); it fills the target column the row above leaves blank, so it was read as each year's targets. Check what the two rows hold (e.g. 上段：実績値／下段：目標値).`,
  'sub-rows-unsplit': (p) =>
    `The name (${p.cells[0]}) is merged over several rows (qualifier cells ${p.cells.slice(1).join(', ')}), but a qualifier cell is merged down or blank, so the rows cannot be told apart: the first row (that of ${p.cells[1]}) was read as the whole indicator. Check whether another row is the total or another part.`,
  'name-line-cut': (p) =>
    `The first line of the name cell (${p.cells[0]}) was read as the indicator's name and the second as the project's outline, but the second line's first word (e.g. 「費用の」「拡大に」) may go on with the first line's last word: the name may have been broken mid-phrase. Check the name.`,
  'target-shared-basis': (p) =>
    `The target (${p.cells.slice(0, -2).join(', ')}) is merged over the single-year row and the running-total row (${p.cells[p.cells.length - 2]} and ${p.cells[p.cells.length - 1]}), and neither the target nor its heading says which count it is set on, so both rows were graded against it. Check which row the target belongs to, unmerge it and write 「－」 in the other row's target cell.`,
};
