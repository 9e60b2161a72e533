/**
 * Whom the customer acts for (/fi/asiointirooli?seuraava=…): after a strong identification, and
 * from the header at any time, the person chooses themselves or a company whose mandate they hold,
 * then goes on to the page they came from. The server keeps the choice with the session and checks
 * the mandate on every request.
 */
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { ApiError } from '../../../ui/api/http';
import { useTexts } from '../../../ui/i18n/texts';
import { customerTexts } from '../../../i18n/catalogs/customer';
import { customerApi } from '../api';
import { Loading, PageHeading, reasonOf, usePath } from '../page-kit';
import { actingForChosen, useActingFor } from './acting-for-store';

const SELF = 'self';

/** The page to go on to: a path of this app only, never another site. */
export function nextPath(next: string | null, fallback: string): string {
  return next && /^\/(fi|sv|en)(\/|$)/.test(next) && !next.startsWith('//') ? next : fallback;
}

export function ActingForPage() {
  const t = useTexts(customerTexts);
  const path = usePath();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const view = useActingFor();
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const next = nextPath(search.get('seuraava'), path('omat'));

  const chosen = view?.state.actingFor.kind === 'company' ? view.state.actingFor.businessId : SELF;
  useEffect(() => {
    if (view && picked === null) setPicked(chosen);
  }, [view, picked, chosen]);

  if (view === undefined) return <Loading />;
  if (view === null) {
    return (
      <>
        <PageHeading title={t('actingForTitle')}>{t('actingForTitle')}</PageHeading>
        <p className="notice">{t('actingForNeedsStrong')}</p>
        <p><Link to={path('')}>{t('idBackToServices')}</Link></p>
      </>
    );
  }

  async function choose(event: FormEvent) {
    event.preventDefault();
    if (!view) return;
    setBusy(true);
    setError(null);
    try {
      const state = await customerApi.chooseActingFor(picked === SELF || picked === null ? null : picked);
      actingForChosen(view.person, state);
      navigate(next, { replace: true });
    } catch (err) {
      setError(err instanceof ApiError && (err.code === 'no_mandate' || err.code === 'mandate_ended' || err.code === 'mandates_unavailable')
        ? t('actingForRefused', { code: err.code })
        : reasonOf(err));
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading title={t('actingForTitle')}>{t('actingForTitle')}</PageHeading>
      {view.ended && <div className="notice notice--error" role="alert"><p>{t('actingForEnded')}</p></div>}
      {error && <div className="notice notice--error" role="alert"><p>{error}</p></div>}
      <form className="panel" onSubmit={(e) => void choose(e)} noValidate>
        <fieldset className="choice-list">
          <legend>{t('actingForLegend', { name: view.person })}</legend>
          <div className="choice">
            <input type="radio" id="acting-for-self" name="acting-for" value={SELF} checked={picked === SELF} onChange={() => setPicked(SELF)} />
            <label htmlFor="acting-for-self">{t('actingForSelf', { name: view.person })}</label>
          </div>
          {view.state.companies.map((c) => (
            <div className="choice" key={c.businessId}>
              <input type="radio" id={`acting-for-${c.businessId}`} name="acting-for" value={c.businessId} checked={picked === c.businessId} onChange={() => setPicked(c.businessId)} />
              <label htmlFor={`acting-for-${c.businessId}`}>{t('actingForCompany', { name: c.name, businessId: c.businessId })}</label>
            </div>
          ))}
        </fieldset>
        {view.state.companies.length === 0 && <p className="hint">{t('actingForNoCompanies')}</p>}
        <button type="submit" className="button button--primary" disabled={busy}>{busy ? t('actingForChoosing') : t('actingForContinue')}</button>
      </form>
    </>
  );
}

/** In the header: whom the strongly identified customer acts for, and the way to change it. */
export function ActingForSwitch() {
  const t = useTexts(customerTexts);
  const path = usePath();
  const view = useActingFor();
  const location = useLocation();
  if (!view || (view.state.companies.length === 0 && view.state.actingFor.kind === 'self')) return null;
  // On the chooser itself the link would lead back to it: it goes where the chooser goes on to.
  const here = location.pathname.endsWith('/asiointirooli') ? new URLSearchParams(location.search).get('seuraava') ?? '' : location.pathname + location.search;
  const who = view.state.actingFor.kind === 'company' ? view.state.actingFor.name : t('actingForSelfShort');
  return (
    <div className="acting-for-bar">
      <p className="acting-for-bar__inner">
        <span>{t('actingForNow', { who })}</span>{' '}
        <Link to={`${path('asiointirooli')}?seuraava=${encodeURIComponent(here)}`}>{t('actingForChange')}</Link>
      </p>
    </div>
  );
}
