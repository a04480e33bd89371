import { ApiProvider, I18nProvider, RouterProvider } from '@rygforlob/ui';
import { SignedIn } from './App.tsx';

/** The signed-in app with its providers: loaded only after the server said who is signed in. */
export default function SignedInApp({ name }: { name: string }) {
  return (
    <I18nProvider>
      <ApiProvider>
        <RouterProvider base={import.meta.env.BASE_URL}>
          <SignedIn name={name} />
        </RouterProvider>
      </ApiProvider>
    </I18nProvider>
  );
}
