import { Accordion, Badge, Card, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../../domain/assessment/compare-assessments.js';
import { displayAnswer } from '../../../domain/assessment/display-answer.js';
import type { Question } from '../../../domain/assessment/methodology-types.js';
import type { Report } from '../../api/assessment.js';
import { DateTime } from '../../components/date-time.js';
import { useLocalText } from './local-text.js';

/** Group points against the sector's median and quartiles (when five or more enterprises share the division). */
export function GroupsTable({ report }: { report: Report }) {
  const { t } = useTranslation();
  const { text, num, pct } = useLocalText();
  const comparison = report.comparison.status === 'ok' ? report.comparison : null;
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h4" mb="xs">
        {t('assessment.report.groups')}
      </Title>
      {comparison ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('assessment.report.sectorN', { n: comparison.n, code: report.assessment.vsicDivision })}
        </Text>
      ) : (
        report.comparison.status === 'insufficient' && (
          <Text size="sm" c="dimmed" mb="xs">
            {t('assessment.report.sectorInsufficient', { minimum: report.comparison.minimum, n: report.comparison.n })}
          </Text>
        )
      )}
      <Table.ScrollContainer minWidth={480} type="native" tabIndex={0}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('assessment.report.group')}</Table.Th>
              <Table.Th>{t('assessment.report.points')}</Table.Th>
              <Table.Th>{t('assessment.report.share')}</Table.Th>
              {comparison && <Table.Th>{t('assessment.report.median')}</Table.Th>}
              {comparison && <Table.Th>{t('assessment.report.quartiles')}</Table.Th>}
              {comparison && <Table.Th>{t('assessment.report.sector')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.score.groups.map((g) => {
              const standing = comparison?.groups.find((c) => c.code === g.code)?.points;
              return (
                <Table.Tr key={g.code}>
                  <Table.Td>
                    {g.code} · {text(g.name)}
                  </Table.Td>
                  <Table.Td>{g.excluded ? t('assessment.report.excluded') : `${num(g.points)} / ${num(g.maxPoints)}`}</Table.Td>
                  <Table.Td>{pct(g.share)}</Table.Td>
                  {comparison && <Table.Td>{standing ? num(standing.median) : '—'}</Table.Td>}
                  {comparison && <Table.Td>{standing ? `${num(standing.q1)} – ${num(standing.q3)}` : '—'}</Table.Td>}
                  {comparison && <Table.Td>{standing ? t(`assessment.report.quarters.${standing.quarter}`) : '—'}</Table.Td>}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

function ChangeCells({ change, percent = false }: { change: Change; percent?: boolean }) {
  const { num, pct } = useLocalText();
  const show = percent ? pct : num;
  const delta = change.change;
  return (
    <>
      <Table.Td>{show(change.before)}</Table.Td>
      <Table.Td>{show(change.after)}</Table.Td>
      <Table.Td c={delta === null ? undefined : delta > 0 ? 'teal' : delta < 0 ? 'red' : undefined} fw={600}>
        {delta === null ? '—' : `${delta > 0 ? '+' : ''}${show(delta)}`}
      </Table.Td>
    </>
  );
}

/** What changed since the enterprise's previous approved assessment, per group and criterion. */
export function ChangeTable({ previous }: { previous: NonNullable<Report['previous']> }) {
  const { t } = useTranslation();
  const { text } = useLocalText();
  const change = previous.change;
  const head = (
    <Table.Thead>
      <Table.Tr>
        <Table.Th />
        <Table.Th>{t('assessment.report.before')}</Table.Th>
        <Table.Th>{t('assessment.report.after')}</Table.Th>
        <Table.Th>{t('assessment.report.difference')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Card withBorder radius="md" padding="md">
      <Title order={2} size="h4">
        {t('assessment.report.change')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('assessment.report.changeLead')} <DateTime value={previous.reviewedAt} dateOnly />.
      </Text>
      {!change.sameMethodology && (
        <Text size="sm" c="orange" mb="xs">
          {t('assessment.report.methodologyChanged')}
        </Text>
      )}
      <Table.ScrollContainer minWidth={420} type="native" tabIndex={0}>
        <Table striped>
          {head}
          <Table.Tbody>
            {change.total && (
              <Table.Tr fw={700}>
                <Table.Td>{t('assessment.report.total')}</Table.Td>
                <ChangeCells change={change.total} />
              </Table.Tr>
            )}
            {change.groups.map((g) => (
              <Table.Tr key={g.code}>
                <Table.Td>
                  {g.code} · {text(g.name)}
                </Table.Td>
                <ChangeCells change={g.points} />
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {change.criteria.length > 0 && (
        <Accordion mt="sm">
          <Accordion.Item value="criteria">
            <Accordion.Control>{t('assessment.report.criteriaChange')}</Accordion.Control>
            <Accordion.Panel>
              <Table.ScrollContainer minWidth={420} type="native" tabIndex={0}>
                <Table striped>
                  {head}
                  <Table.Tbody>
                    {change.criteria.map((c) => (
                      <Table.Tr key={c.code}>
                        <Table.Td>
                          {c.code} · {text(c.name)}
                        </Table.Td>
                        <ChangeCells change={c.points} />
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Accordion.Panel>
          </Accordion.Item>
        </Accordion>
      )}
    </Card>
  );
}

/** Every criterion with the answers it read, the rule applied in words, the points and the flags (don't know, not applicable…). */
/** Each criterion's inputs, points and rule; `evidence` counts the files attached to each answer (by question id). */
export function CriteriaTable({ report, questions, evidence }: { report: Report; questions: Map<string, Question>; evidence: Map<string, number> }) {
  const { t } = useTranslation();
  const { text, num, lang } = useLocalText();
  return (
    <Accordion variant="separated">
      <Accordion.Item value="criteria">
        <Accordion.Control>{t('assessment.report.criteria')}</Accordion.Control>
        <Accordion.Panel>
          <Table.ScrollContainer minWidth={720} type="native" tabIndex={0}>
            <Table striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('assessment.report.criterion')}</Table.Th>
                  <Table.Th>{t('assessment.report.inputs')}</Table.Th>
                  <Table.Th>{t('assessment.report.points')}</Table.Th>
                  <Table.Th>{t('assessment.report.rule')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.score.criteria.map((c) => (
                  <Table.Tr key={c.code}>
                    <Table.Td>
                      {c.code} · {text(c.name)}
                      {!c.verified && (
                        <Badge ml={4} size="xs" color="yellow">
                          {t('assessment.methodology.provisional')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {c.inputs.map((input) => {
                        const question = questions.get(input.questionId);
                        return (
                          <Text key={input.questionId} size="xs">
                            {text(input.label)}: {question ? displayAnswer(question, input.answer ?? undefined)[lang] : '—'}
                            {(evidence.get(input.questionId) ?? 0) > 0 && (
                              <Badge ml={4} size="xs" variant="light" color="teal">
                                {t('assessment.evidence.count', { count: evidence.get(input.questionId) })}
                              </Badge>
                            )}
                          </Text>
                        );
                      })}
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {c.points === null ? t('assessment.report.excluded') : `${num(c.points)} / ${num(c.maxPoints)}`}
                      {c.flags.map((f) => (
                        <Badge key={f} ml={4} size="xs" variant="outline">
                          {t(`assessment.report.flags.${f}`)}
                        </Badge>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{text(c.rule)}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
