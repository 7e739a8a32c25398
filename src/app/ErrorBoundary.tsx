/**
 * The last safety net: if a screen fails to render, the inhabitant sees a calm message with a way
 * out (start again, or call the municipality) instead of a blank page. The error stays on the device.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Fallback({ onReset }: { onReset: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="callout callout--error" role="alert">
      <p className="utrecht-paragraph">{t('app.error')}</p>
      <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onReset}>
        {t('start.restart')}
      </button>
    </div>
  );
}

export class ErrorBoundary extends Component<{ children: ReactNode; onReset: () => void }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Fallback
        onReset={() => {
          this.props.onReset();
          this.setState({ failed: false });
        }}
      />
    );
  }
}
