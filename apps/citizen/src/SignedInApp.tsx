import { ApiProvider, RouterProvider } from '@rygforlob/ui';
import { CitizenI18nProvider } from '@rygforlob/ui/citizen-i18n';
import { SignedIn } from './App.tsx';

/**
 * The signed-in app with its providers: loaded only after the server said who is signed in, and
 * with Min side's own small catalogue, not every app's words.
 */
export default function SignedInApp({ name }: { name: string }) {
  return (
    <CitizenI18nProvider>
      <ApiProvider>
        <RouterProvider base={import.meta.env.BASE_URL}>
          <SignedIn name={name} />
        </RouterProvider>
      </ApiProvider>
    </CitizenI18nProvider>
  );
}
