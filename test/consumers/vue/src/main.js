import { createApp } from 'vue';
import 'together-kit/partnership-vote.js';
import App from './App.vue';

createApp(App).mount('#app');
