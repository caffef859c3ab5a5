import { Alert, Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { normaliseBadgeCode, registrationRoles } from '../../../shared/events/event-codes.js';
import { ApiError } from '../../api/client.js';
import { sendCheckIn, useEvent, useWalkIn } from '../../api/events.js';
import { errorText } from '../../api/form-errors.js';
import { ErrorState } from '../../components/error-state.js';
import { LoadingState } from '../../components/loading-state.js';
import { PageTitle } from '../../components/page-title.js';
import { formatDateTime } from '../../lib/format-date.js';
import { enqueue, flushQueue, readQueue, writeQueue, type QueuedScan, type SendOutcome } from './check-in-queue.js';
import { useEventName } from './event-labels.js';

type Line = { key: string; mark: string; text: string };

/** The browser's own QR reader (Chromium on Android and desktop); absent elsewhere, where staff type the code. */
type Detector = { detect: (source: HTMLVideoElement) => Promise<Array<{ rawValue: string }>> };
const BarcodeDetectorClass = (globalThis as { BarcodeDetector?: new (options: { formats: string[] }) => Detector }).BarcodeDetector;

function Camera({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (!BarcodeDetectorClass) return;
    const detector = new BarcodeDetectorClass({ formats: ['qr_code'] });
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setInterval> | undefined;
    let last = '';
    void navigator.mediaDevices
      ?.getUserMedia({ video: { facingMode: 'environment' } })
      .then((s) => {
        stream = s;
        if (!video.current) return;
        video.current.srcObject = s;
        void video.current.play();
        timer = setInterval(() => {
          if (!video.current) return;
          void detector.detect(video.current).then((found) => {
            const value = found[0]?.rawValue;
            if (value && value !== last) {
              last = value;
              onCode(value);
            }
          });
        }, 400);
      })
      .catch(() => undefined);
    return () => {
      clearInterval(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, [onCode]);
  if (!BarcodeDetectorClass) return <Alert color="yellow">{t('events.checkIn.noCamera')}</Alert>;
  return <video ref={video} muted playsInline style={{ width: '100%', maxWidth: 360, borderRadius: 8 }} aria-label={t('events.checkIn.camera')} />;
}

/** A person with an account registered, approved and checked in on the spot (needs the network). */
function WalkInForm({ eventId, onDone }: { eventId: string; onDone: (name: string, count: number) => void }) {
  const { t } = useTranslation();
  const walkIn = useWalkIn(eventId);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<string>('visitor');
  const fieldMessage = walkIn.error instanceof ApiError ? walkIn.error.fields[0]?.message : undefined;
  return (
    <Card withBorder padding="sm">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          walkIn.mutate(
            { email, role },
            {
              onSuccess: (result) => {
                onDone(result.personName, result.checkedIn);
                setEmail('');
              },
            },
          );
        }}
      >
        <Stack gap="xs">
          <Text fw={600}>{t('events.checkIn.walkIn')}</Text>
          <Text size="xs" c="dimmed">
            {t('events.checkIn.walkInHelp')}
          </Text>
          <TextInput
            type="email"
            label={t('events.checkIn.email')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
            error={walkIn.isError ? (fieldMessage ?? errorText(t, walkIn.error)) : undefined}
            required
          />
          <NativeSelect
            label={t('events.checkIn.role')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
            data={registrationRoles.map((r) => ({ value: r, label: t(`events.role.${r}`) }))}
          />
          <Group>
            <Button type="submit" variant="light" loading={walkIn.isPending}>
              {t('events.checkIn.walkInSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

/**
 * /events/:id/check-in — organiser staff scan badges on a phone. Every scan is first kept in the
 * browser, then sent; when the network drops, scans wait (their count shown) and go when it returns.
 */
export function CheckInPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const event = useEvent(id);
  const name = useEventName();
  const [queue, setQueue] = useState<QueuedScan[]>(() => readQueue(localStorage, id));
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [lines, setLines] = useState<Line[]>([]);
  const [offline, setOffline] = useState(false);
  const [total, setTotal] = useState<number | null>(null);
  const [camera, setCamera] = useState(false);
  const sending = useRef(false);

  const say = useCallback((line: Omit<Line, 'key'>) => setLines((all) => [{ ...line, key: `${Date.now()}-${Math.random()}` }, ...all].slice(0, 8)), []);

  const flush = useCallback(async () => {
    if (sending.current) return;
    sending.current = true;
    try {
      const left = await flushQueue(
        readQueue(localStorage, id),
        async (scan): Promise<SendOutcome> => {
          try {
            const result = await sendCheckIn(id, scan);
            setTotal(result.checkedIn);
            say(
              result.already
                ? { mark: '⚠', text: t('events.checkIn.already', { name: result.personName, time: formatDateTime(result.scannedAt, i18n.language) }) }
                : { mark: '✓', text: t('events.checkIn.welcome', { name: result.personName }) },
            );
            return { kind: 'sent' };
          } catch (error) {
            if (error instanceof ApiError && error.status >= 400 && error.status < 500 && error.status !== 401 && error.status !== 408)
              return { kind: 'rejected', message: error.fields[0]?.message ?? errorText(t, error) };
            return { kind: 'offline' };
          }
        },
        (scan, outcome) => {
          if (outcome.kind === 'rejected') say({ mark: '✗', text: t('events.checkIn.rejected', { code: scan.code, message: outcome.message }) });
          // Drop each scan as soon as it is settled, so a reload never sends it twice.
          writeQueue(
            localStorage,
            id,
            readQueue(localStorage, id).filter((s) => s.code !== scan.code),
          );
        },
      );
      setOffline(left.length > 0);
      setQueue(readQueue(localStorage, id));
    } finally {
      sending.current = false;
    }
  }, [id, i18n.language, say, t]);

  useEffect(() => {
    void flush();
    const retry = () => void flush();
    window.addEventListener('online', retry);
    const timer = setInterval(retry, 15_000);
    return () => {
      window.removeEventListener('online', retry);
      clearInterval(timer);
    };
  }, [flush]);

  const scan = useCallback(
    (raw: string) => {
      const normal = normaliseBadgeCode(raw.replace(/^TB:/i, ''));
      if (!normal) {
        setCodeError(t('events.checkIn.codeHelp'));
        return;
      }
      setCodeError(null);
      const next = enqueue(readQueue(localStorage, id), { code: normal, scannedAt: new Date().toISOString() });
      writeQueue(localStorage, id, next);
      setQueue(next);
      say({ mark: '…', text: t('events.checkIn.queued', { code: normal }) });
      void flush();
    },
    [flush, id, say, t],
  );

  if (event.isLoading) return <LoadingState />;
  if (event.isError || !event.data) return <ErrorState error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data.canManage) return <Alert color="yellow">{t('errors.FORBIDDEN')}</Alert>;
  return (
    <Stack gap="md" maw={560}>
      <PageTitle>{t('events.checkIn.title', { name: name(event.data) })}</PageTitle>
      <Anchor component={Link} to={`/events/${id}/manage`}>
        ← {name(event.data)}
      </Anchor>
      <Group gap="xs">
        <Badge color={queue.length ? 'orange' : 'green'} variant="light" size="lg" data-testid="check-in-pending">
          {queue.length ? t('events.checkIn.pending', { count: queue.length }) : t('events.checkIn.allSent')}
        </Badge>
        {total !== null && (
          <Badge variant="outline" size="lg">
            {t('events.checkIn.total', { count: total })}
          </Badge>
        )}
        {queue.length > 0 && (
          <Button size="compact-sm" variant="subtle" onClick={() => void flush()}>
            {t('events.checkIn.sendNow')}
          </Button>
        )}
      </Group>
      {offline && <Alert color="orange">{t('events.checkIn.offline')}</Alert>}
      <Card withBorder padding="sm">
        <form
          onSubmit={(e) => {
            e.preventDefault();
            scan(code);
            setCode('');
          }}
        >
          <Group align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              label={t('events.checkIn.code')}
              description={t('events.checkIn.codeHelp')}
              value={code}
              onChange={(e) => setCode(e.currentTarget.value)}
              error={codeError}
              autoCapitalize="characters"
              autoComplete="off"
              style={{ flex: 1 }}
            />
            <Button type="submit" mt={44}>
              {t('events.checkIn.submit')}
            </Button>
          </Group>
        </form>
      </Card>
      <Button variant="default" onClick={() => setCamera((on) => !on)}>
        {camera ? t('events.checkIn.stopCamera') : t('events.checkIn.camera')}
      </Button>
      {camera && <Camera onCode={scan} />}
      <WalkInForm
        eventId={id}
        onDone={(personName, count) => {
          setTotal(count);
          say({ mark: '✓', text: t('events.checkIn.welcome', { name: personName }) });
        }}
      />
      {lines.length > 0 && (
        <Stack gap={4} aria-live="polite">
          <Text fw={600}>{t('events.checkIn.recent')}</Text>
          {lines.map((line) => (
            <Text key={line.key} size="sm">
              {line.mark} {line.text}
            </Text>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
